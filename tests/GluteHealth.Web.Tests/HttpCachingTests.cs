using System.Net;
using System.Net.Http.Headers;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class HttpCachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha")]
    [InlineData("/topics/aches")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    public async Task Pages_carry_a_strong_etag_last_modified_and_public_cache_control(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate");
    }

    [Fact]
    public async Task The_etag_is_a_hash_of_the_bytes_so_it_repeats_for_the_same_page_and_differs_between_pages()
    {
        var first = await _client.GetAsync("/articles/alpha");
        var again = await _client.GetAsync("/articles/alpha");
        var other = await _client.GetAsync("/articles/beta");

        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_matching_if_none_match_answers_304_with_no_body(bool warmCache)
    {
        var path = warmCache ? "/articles/beta" : "/topics/moves";
        var etag = (await _client.GetAsync(path)).Headers.ETag!;
        if (!warmCache)
        {
            site.Store.Reload();
        }

        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_if_none_match_gets_the_full_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-current-etag\""));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alpha opening paragraph", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task If_modified_since_the_last_change_answers_304()
    {
        var lastModified = (await _client.GetAsync("/articles/gamma")).Content.Headers.LastModified!.Value;

        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/gamma");
        request.Headers.IfModifiedSince = lastModified;
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Fingerprinted_static_assets_are_immutable_for_a_year()
    {
        var page = await _client.GetDocumentAsync("/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await _client.GetAsync(stylesheet);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", stylesheet);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha")]
    [InlineData("/feed.xml")]
    [InlineData("/healthz")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        using var get = await _client.GetAsync(path);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
