using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// The real site on a real loopback port (Kestrel, port chosen by the OS), serving the repository's own content/
/// in Production (with a small listing page size), so the browser sees the friendly error and not-found pages exactly as visitors do.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    /// <summary>Small enough that the real articles fill more than one page of a topic, so the pager is on show.</summary>
    public const int PageSize = 2;

    public SiteServer()
    {
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel and answers its base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        using var probe = CreateClient();
        SearchReadiness.WaitUntilReady(probe);
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Production serves wwwroot as published (with its .gz/.br siblings); a build output has those only in obj/,
        // so without the build's static web assets manifest a browser asking for gzip gets an empty stylesheet.
        builder.UseStaticWebAssets();
        builder.UseSetting("Content:Path", RepositoryPaths.Content);
        builder.UseSetting("Site:BaseUrl", "https://glutehealth.example");
        builder.UseSetting("Listings:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
