using System.IO.Compression;
using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>The drawings of the content folder's images/, served at fingerprinted URLs (the test content's gamma.md shows images/stride.svg).</summary>
public sealed class ImageResponseTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    private string StrideUrl => site.Store.Current.Images.Find("images/stride.svg")!.Url;

    [Fact]
    public async Task A_drawing_is_served_at_its_fingerprinted_url_as_svg_cached_for_a_year_as_immutable()
    {
        using var response = await _client.GetAsync(StrideUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("img-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(site.Content.File("images/stride.svg")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_fingerprint_is_a_hash_of_the_file_bytes()
    {
        Assert.Matches("^/images/stride\\.[0-9a-f]{16}\\.svg$", StrideUrl);
        var hash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(await File.ReadAllBytesAsync(site.Content.File("images/stride.svg"))));
        Assert.Equal("/images/stride." + hash[..16] + ".svg", StrideUrl);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_drawing_is_compressed_with_the_negotiated_encoding_and_has_an_etag_per_encoding(string encoding)
    {
        var plain = await _client.GetAsync(StrideUrl);
        var request = new HttpRequestMessage(HttpMethod.Get, StrideUrl);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await _client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        using var decoded = new MemoryStream();
        using (Stream stream = encoding == "br"
            ? new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress)
            : new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
        {
            await stream.CopyToAsync(decoded);
        }
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), decoded.ToArray());
        Assert.NotNull(response.Headers.ETag);
        Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("/images/stride.svg")]
    [InlineData("/images/stride.0123456789abcdef.svg")]
    [InlineData("/images/nothing.0123456789abcdef.svg")]
    [InlineData("/images/..%2Fgamma.md")]
    [InlineData("/images/%2e%2e%2ftopics.yml")]
    public async Task A_bare_name_a_stale_fingerprint_or_anything_else_under_images_is_a_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, StrideUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_article_shows_the_drawing_inline_in_a_figure_with_its_size_and_caption()
    {
        var page = await _client.GetDocumentAsync("/articles/gamma");

        var svg = page.QuerySelector("main figure.figure > svg.figure-art")!;
        Assert.Equal(("240", "120", "img"), (svg.GetAttribute("width"), svg.GetAttribute("height"), svg.GetAttribute("role")));
        Assert.StartsWith("A person walking", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("One stride", page.QuerySelector("main figure.figure > figcaption")!.TextContent);
    }

    [Fact]
    public async Task The_open_graph_image_of_an_article_is_its_first_picture_at_an_absolute_url()
    {
        var page = await _client.GetDocumentAsync("/articles/gamma");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

        Assert.Equal("https://glutehealth.example" + StrideUrl, Meta("og:image"));
        Assert.Equal(("image/svg+xml", "240", "120"), (Meta("og:image:type"), Meta("og:image:width"), Meta("og:image:height")));
        Assert.StartsWith("A person walking", Meta("og:image:alt"), StringComparison.Ordinal);
        var withoutPicture = await _client.GetDocumentAsync("/articles/alpha");
        Assert.Null(withoutPicture.QuerySelector("meta[property='og:image']"));
    }
}
