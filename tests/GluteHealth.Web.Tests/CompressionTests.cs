using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class CompressionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/articles/alpha", "br")]
    [InlineData("/articles/alpha", "gzip")]
    [InlineData("/feed.xml", "br")]
    [InlineData("/sitemap.xml", "gzip")]
    [InlineData("/healthz", "gzip")]
    [InlineData("/no-such-page", "br")]
    public async Task Pages_and_feeds_are_compressed_with_the_negotiated_encoding(string path, string encoding)
    {
        var plain = await (await _client.GetAsync(path)).Content.ReadAsByteArrayAsync();

        using var response = await GetAsync(path, encoding);
        var decoded = ContentEncodings.Decode(await response.Content.ReadAsByteArrayAsync(), encoding);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(plain, decoded);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Brotli_is_preferred_when_both_are_accepted()
    {
        using var response = await GetAsync("/topics", "gzip, deflate, br");

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Each_encoding_has_its_own_strong_etag()
    {
        using var br = await GetAsync("/articles/beta", "br");
        using var gzip = await GetAsync("/articles/beta", "gzip");
        using var identity = await GetAsync("/articles/beta", "identity");

        Assert.Equal(3, new[] { br.Headers.ETag, gzip.Headers.ETag, identity.Headers.ETag }.Distinct().Count());
    }

    [Fact]
    public async Task A_cached_page_is_served_in_its_stored_compressed_form()
    {
        using var first = await GetAsync("/articles/gamma", "br");
        using var second = await GetAsync("/articles/gamma", "br");

        Assert.Equal(["br"], second.Content.Headers.ContentEncoding);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return _client.SendAsync(request);
    }
}
