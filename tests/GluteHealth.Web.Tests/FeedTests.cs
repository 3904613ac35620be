using System.Xml.Linq;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class FeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task The_sitemap_lists_every_page_with_lastmod_from_the_review_date()
    {
        using var response = await _client.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);
        Assert.Equal("2026-02-01", urls["https://glutehealth.example/articles/alpha"]);
        Assert.Equal("2026-03-01", urls["https://glutehealth.example/articles/beta"]);
        Assert.Equal("2026-01-12", urls["https://glutehealth.example/articles/gamma"]);
        Assert.Contains("https://glutehealth.example/", urls.Keys);
        Assert.Contains("https://glutehealth.example/topics/aches", urls.Keys);
        Assert.Contains("https://glutehealth.example/topics/moves", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("old-beta"));
    }

    [Fact]
    public async Task Robots_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: https://glutehealth.example/sitemap.xml", robots);
        Assert.Contains("User-agent: *", robots);
    }

    [Fact]
    public async Task The_atom_feed_carries_every_article_with_its_full_content()
    {
        using var response = await _client.GetAsync("/feed.xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://glutehealth.example/", feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("https://glutehealth.example/feed.xml",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.Equal(3, entries.Length);
        var beta = entries.Single(e => e.Element(Atom + "id")!.Value == "https://glutehealth.example/articles/beta");
        Assert.Equal("Beta bends", beta.Element(Atom + "title")!.Value);
        Assert.StartsWith("2026-03-01", beta.Element(Atom + "updated")!.Value);
        var content = beta.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("Reach for your toes.", content.Value);
        Assert.Contains("<h2 id=\"symptoms\">", content.Value);
    }
}
