using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// The real site on a real loopback port (Kestrel, port chosen by the OS), serving the repository's own content/
/// in Production, so the browser sees the friendly error and not-found pages exactly as visitors do.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    public SiteServer()
    {
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel and answers its base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
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
    }
}
