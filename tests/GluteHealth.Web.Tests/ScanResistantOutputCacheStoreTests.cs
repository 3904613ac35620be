using GluteHealth.Web.Http;

namespace GluteHealth.Web.Tests;

/// <summary>
/// The output cache's store keeps every page while it has room, and once full keeps what it holds against a crawl:
/// a page rendered once is not admitted, a page rendered again is, in place of the least recently used.
/// </summary>
public sealed class ScanResistantOutputCacheStoreTests : IDisposable
{
    private const int SizeLimit = 100 * 1024;
    // Ten pages fill the cache to the 95 % past which it admits only pages rendered again.
    private const int PagesThatFit = 10;
    private const int PageBytes = SizeLimit * 95 / 100 / PagesThatFit;
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly ScanResistantOutputCacheStore _store = new(SizeLimit);

    [Fact]
    public async Task A_page_is_kept_on_its_first_render_while_the_cache_has_room()
    {
        await _store.SetAsync("a", Page(), ["listings"], Hour, CancellationToken.None);

        Assert.NotNull(await _store.GetAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task A_full_cache_does_not_admit_a_page_rendered_once_and_keeps_every_page_it_holds()
    {
        await FillAsync();

        await _store.SetAsync("crawled", Page(), ["listings"], Hour, CancellationToken.None);

        Assert.Null(await _store.GetAsync("crawled", CancellationToken.None));
        for (var i = 0; i < PagesThatFit; i++)
        {
            Assert.NotNull(await _store.GetAsync("page" + i, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_full_cache_admits_a_page_rendered_again_in_place_of_a_few_others()
    {
        await FillAsync();

        await _store.SetAsync("popular", Page(), ["listings"], Hour, CancellationToken.None);
        await _store.SetAsync("popular", Page(), ["listings"], Hour, CancellationToken.None);

        Assert.NotNull(await _store.GetAsync("popular", CancellationToken.None));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_store.Size <= SizeLimit)), "the cache stayed over its limit");
        var kept = 0;
        for (var i = 0; i < PagesThatFit; i++)
        {
            kept += await _store.GetAsync("page" + i, CancellationToken.None) is null ? 0 : 1;
        }
        Assert.InRange(kept, PagesThatFit - 3, PagesThatFit - 1);
    }

    [Fact]
    public async Task Evicting_a_tag_removes_its_pages_only_and_frees_their_room()
    {
        await _store.SetAsync("gamma", Page(), ["article:gamma", "content"], Hour, CancellationToken.None);
        await _store.SetAsync("alpha", Page(), ["article:alpha", "content"], Hour, CancellationToken.None);

        await _store.EvictByTagAsync("article:gamma", CancellationToken.None);

        Assert.Null(await _store.GetAsync("gamma", CancellationToken.None));
        Assert.NotNull(await _store.GetAsync("alpha", CancellationToken.None));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_store.Size == PageBytes)), "the evicted page's room was not freed");
    }

    public void Dispose() => _store.Dispose();

    private async Task FillAsync()
    {
        for (var i = 0; i < PagesThatFit; i++)
        {
            await _store.SetAsync("page" + i, Page(), ["listings"], Hour, CancellationToken.None);
        }
    }

    private static byte[] Page() => new byte[PageBytes];
}
