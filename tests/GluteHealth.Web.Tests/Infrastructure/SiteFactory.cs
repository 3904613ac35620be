using GluteHealth.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
