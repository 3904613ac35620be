using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class OutputCacheTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly HttpClient _client;

    public OutputCacheTests() => _client = _site.CreateReader();

    [Fact]
    public async Task A_repeated_request_is_answered_from_the_output_cache()
    {
        using var first = await _client.GetAsync("/topics/moves");
        using var second = await _client.GetAsync("/topics/moves");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task A_content_change_evicts_cached_pages()
    {
        await _client.GetAsync("/topics/moves");
        Assert.NotNull((await _client.GetAsync("/topics/moves")).Headers.Age);

        var path = _site.Content.File("gamma.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Gamma is a test article about walking.", "Gamma now covers running."));
        var version = _site.Store.Current.Version;
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_site.Store.Current.Version > version)), "the edit was never loaded");

        using var after = await _client.GetAsync("/topics/moves");

        Assert.Null(after.Headers.Age);
        Assert.Contains("Gamma now covers running.", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_results_are_cached_per_query()
    {
        await _client.GetAsync("/search?q=ache");

        using var same = await _client.GetAsync("/search?q=ache");
        using var different = await _client.GetAsync("/search?q=walking");

        Assert.NotNull(same.Headers.Age);
        Assert.Null(different.Headers.Age);
        Assert.Contains("Gamma gait", await different.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
