namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>The site over a copy of the repository's real articles.</summary>
public sealed class RealContentSiteFactory() : SiteFactory(RepositoryPaths.Content);
