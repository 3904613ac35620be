using System.Net;
using System.Text.Json;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class IconTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha")]
    [InlineData("/no-such-page")]
    public async Task Every_page_links_a_fingerprinted_svg_icon_a_png_fallback_and_the_manifest(string path)
    {
        var document = Html.Parse(await (await _client.GetAsync(path)).Content.ReadAsStringAsync());

        var svg = document.QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href");
        var fallback = document.QuerySelector("link[rel=icon][sizes]")?.GetAttribute("href");
        var manifest = document.QuerySelector("link[rel=manifest]")?.GetAttribute("href");

        Assert.Matches(@"^/favicon\.[a-z0-9]+\.svg$", svg);
        Assert.Matches(@"^/favicon\.[a-z0-9]+\.ico$", fallback);
        Assert.Matches(@"^/site\.[a-z0-9]+\.webmanifest$", manifest);
    }

    [Fact]
    public async Task The_fingerprinted_icons_are_served_immutable_with_their_types()
    {
        var document = Html.Parse(await _client.GetStringAsync("/"));
        var links = document.QuerySelectorAll("link[rel=icon], link[rel=manifest]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(3, links.Count);
        foreach (var href in links)
        {
            using var response = await _client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(Path.GetExtension(href) switch
            {
                ".svg" => "image/svg+xml",
                ".ico" => "image/x-icon",
                _ => "application/manifest+json",
            }, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Favicon_ico_is_served_where_browsers_ask_for_it_unprompted()
    {
        using var response = await _client.GetAsync("/favicon.ico");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header
    }

    [Fact]
    public async Task The_manifest_names_the_site_its_colours_start_url_and_icons_that_exist()
    {
        using var manifest = JsonDocument.Parse(await _client.GetStringAsync("/site.webmanifest"));
        var root = manifest.RootElement;

        Assert.Equal("GluteHealth", root.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("short_name").GetString()));
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("theme_color").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("background_color").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("type").GetString() == "image/svg+xml");
        Assert.Contains(icons, i => i.GetProperty("type").GetString() == "image/png" && i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            using var response = await _client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType?.MediaType);
        }
    }
}
