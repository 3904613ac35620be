namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>The site on a real Kestrel loopback port, so hostile requests meet the real HTTP parser.</summary>
public sealed class KestrelSiteFactory : SiteFactory
{
    public KestrelSiteFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri Address => ClientOptions.BaseAddress;
}
