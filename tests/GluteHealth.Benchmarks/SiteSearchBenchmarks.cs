using BenchmarkDotNet.Attributes;

namespace GluteHealth.Benchmarks;

/// <summary>
/// The search page through the whole site over the <see cref="SearchLibrary"/>, output cache and rate limit out of
/// the way: what a new query costs the server, page rendering included, next to <see cref="SearchBenchmarks"/>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SiteSearchBenchmarks : SiteBenchmarkBase
{
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        await StartAsync($"--Content:Path={SearchLibrary.Folder}", "--HttpCaching:OutputCacheEnabled=false",
            "--RateLimiting:Search:PermitLimit=2000000000");
        // From 1,000 articles the index is built in the background and search answers 503 until it is ready.
        while (true)
        {
            using var response = await Client.GetAsync("/search?q=hip");
            if (response.IsSuccessStatusCode)
            {
                break;
            }
            await Task.Delay(500);
        }
    }

    [GlobalCleanup]
    public Task Cleanup() => StopAsync();

    [Benchmark]
    public Task<int> SearchPage() =>
        GetAsync("/search?q=" + Uri.EscapeDataString(SearchLibrary.Queries[_next++ % SearchLibrary.Queries.Length]));
}
