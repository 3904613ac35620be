using GluteHealth.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>The site over a private copy of a content folder, with renders counted through the compiler seam.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempContentFolder _content;

    public SiteFactory() : this(RepositoryPaths.TestContent)
    {
    }

    protected SiteFactory(string source) => _content = new TempContentFolder(source);

    public TempContentFolder Content => _content;

    public CountingCompiler Compiler { get; } = new();

    public ContentStore Store => Services.GetRequiredService<ContentStore>();

    /// <summary>Whether the host waits for the first search index before tests use it (<see cref="SearchReadiness"/>).</summary>
    protected virtual bool WaitsForSearchIndex => true;

    public HttpClient CreateReader() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", _content.Path);
        builder.UseSetting("Content:ReloadDelayMilliseconds", "50");
        builder.UseSetting("Site:BaseUrl", "https://glutehealth.example");
        builder.ConfigureTestServices(services => services.AddSingleton<IArticleCompiler>(Compiler));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitsForSearchIndex)
        {
            using var probe = ProbeOf(host);
            SearchReadiness.WaitUntilReady(probe);
        }
        return host;
    }

    // A test server, or Kestrel on the port the OS chose (KestrelSiteFactory).
    private static HttpClient ProbeOf(IHost host) => host.Services.GetRequiredService<IServer>() switch
    {
        TestServer server => server.CreateClient(),
        var server => new HttpClient { BaseAddress = new Uri(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) },
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
