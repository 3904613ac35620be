namespace GluteHealth.Web.Listings;

/// <summary>A page the site publishes (and the sitemap lists), with the date its content last changed.</summary>
public sealed record PublishedPage(string Path, DateOnly LastModified);
