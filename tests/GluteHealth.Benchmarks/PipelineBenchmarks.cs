using BenchmarkDotNet.Attributes;
using GluteHealth.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace GluteHealth.Benchmarks;

/// <summary>
/// The whole site (production environment, the real middleware pipeline, request logging on) over TestServer:
/// no sockets, so this is the server's own cost per request plus TestServer's small fixed overhead.
/// The log (one Serilog event per request) is formatted and written as in production, to /dev/null instead of stdout.
/// </summary>
public abstract class SiteBenchmarkBase
{
    private WebApplication? _app;
    private TextWriter? _console;

    protected HttpClient Client { get; private set; } = null!;

    protected async Task StartAsync(params string[] settings)
    {
        _console = Console.Out;
        Console.SetOut(TextWriter.Null);
        var repository = Path.GetDirectoryName(RepositoryContent.Folder)!;
        _app = SiteApplication.Build(
        [
            "--environment=Production",
            $"--contentRoot={Path.Combine(repository, "src", "GluteHealth.Web")}",
            $"--Content:Path={RepositoryContent.Folder}",
            // Every event is formatted and written as in production, to /dev/null instead of stdout.
            "--Serilog:WriteTo:Stdout:Args:path=/dev/null",
            .. settings,
        ], builder =>
        {
            builder.WebHost.UseTestServer();
        });
        if (!_app.HasServableContent())
        {
            throw new InvalidOperationException($"no servable content in {RepositoryContent.Folder}");
        }
        _app.UseSite();
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    protected async Task<int> GetAsync(string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || body.Length == 0)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} with {body.Length} bytes");
        }
        return body.Length;
    }

    protected async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_console is not null)
        {
            Console.SetOut(_console);
        }
    }
}

/// <summary>An article served from the output cache, as a browser asks for it (identity and br).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CachedPageBenchmarks : SiteBenchmarkBase
{
    [GlobalSetup]
    public Task Setup() => StartAsync();

    [GlobalCleanup]
    public Task Cleanup() => StopAsync();

    [Benchmark(Baseline = true)]
    public Task<int> Healthz() => GetAsync("/healthz");

    [Benchmark]
    public Task<int> CachedArticle() => GetAsync("/articles/dead-butt-syndrome");

    [Benchmark]
    public Task<int> CachedArticleBrotli() => GetAsync("/articles/dead-butt-syndrome", "br, gzip");
}

/// <summary>Each article rendered for every request: output cache switched off (HttpCaching:OutputCacheEnabled=false).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class UncachedPageBenchmarks : SiteBenchmarkBase
{
    [ParamsSource(nameof(Slugs))]
    public string Slug { get; set; } = "";

    public static IEnumerable<string> Slugs => RepositoryContent.Slugs;

    [GlobalSetup]
    public Task Setup() => StartAsync("--HttpCaching:OutputCacheEnabled=false");

    [GlobalCleanup]
    public Task Cleanup() => StopAsync();

    [Benchmark]
    public Task<int> UncachedArticle() => GetAsync("/articles/" + Slug);
}

/// <summary>The listing pages rendered for every request: the topic index, one topic, the home page and a search.</summary>
[MemoryDiagnoser]
public class UncachedListingBenchmarks : SiteBenchmarkBase
{
    [ParamsSource(nameof(Paths))]
    public string Path { get; set; } = "";

    public static IEnumerable<string> Paths => ["/topics", "/topics/pain", "/", "/search?q=glute+pain"];

    // Every uncached search counts against the per-address limit; the benchmark measures the work, not the limit.
    [GlobalSetup]
    public Task Setup() => StartAsync("--HttpCaching:OutputCacheEnabled=false", "--RateLimiting:Search:PermitLimit=2000000000");

    [GlobalCleanup]
    public Task Cleanup() => StopAsync();

    [Benchmark]
    public Task<int> UncachedListing() => GetAsync(Path);
}
