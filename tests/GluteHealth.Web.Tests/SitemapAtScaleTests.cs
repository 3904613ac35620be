using System.Net;
using System.Xml.Linq;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GluteHealth.Web.Tests;

public sealed class SitemapAtScaleTests(ListingSiteFactory site) : IClassFixture<ListingSiteFactory>
{
    private const string Base = "https://glutehealth.example";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task Past_the_limit_the_sitemap_is_an_index_of_parts_that_list_every_page_once()
    {
        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml")).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToArray();

        var listed = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            Assert.Equal($"{Base}/sitemap-{i + 1}.xml", parts[i]);
            var part = XDocument.Parse(await _client.GetStringAsync(parts[i][Base.Length..])).Root!;
            Assert.Equal(Sitemap + "urlset", part.Name);
            var urls = part.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToArray();
            Assert.InRange(urls.Length, 1, ListingSiteFactory.SitemapUrlsPerFile);
            listed.AddRange(urls);
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        var expected = site.Services.GetRequiredService<PublishedPages>().Pages(site.Store.Current).Select(p => Base + p.Path);
        Assert.Equal(expected, listed);
        Assert.True(parts.Length > 1);
        Assert.Contains(Base + "/topics/everything/page/12", listed);
        Assert.Contains(Base + "/a-z/a/page/3", listed);
        Assert.Contains(Base + "/a-z/0-9", listed);
        Assert.Contains(Base + "/articles/item-119", listed);
        Assert.DoesNotContain(Base + "/a-z/q", listed);
    }

    [Fact]
    public async Task The_published_pages_are_every_page_the_site_serves_exactly_once()
    {
        var pages = site.Services.GetRequiredService<PublishedPages>().Pages(site.Store.Current);

        // home, topics, 12 + 6 + 1 topic pages, a-z, 3 + 3 + 2 + 2 + 3 letter pages, the articles, about
        Assert.Equal(1 + 1 + 19 + 1 + 13 + GeneratedContent.ArticleCount + 1, pages.Count);
        Assert.Equal(pages.Count, pages.Select(p => p.Path).Distinct().Count());
        foreach (var page in pages.Where(p => !p.Path.StartsWith("/articles/", StringComparison.Ordinal)))
        {
            using var response = await _client.GetAsync(page.Path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page.Path} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-99.xml")]
    [InlineData("/sitemap-01.xml")]
    [InlineData("/sitemap-x.xml")]
    public async Task A_sitemap_part_that_does_not_exist_is_a_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_topic_page_has_the_newest_review_date_of_its_own_articles_as_lastmod()
    {
        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml")).Root!;
        var urls = new Dictionary<string, string>();
        foreach (var loc in index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value))
        {
            foreach (var url in XDocument.Parse(await _client.GetStringAsync(loc[Base.Length..])).Root!.Elements(Sitemap + "url"))
            {
                urls[url.Element(Sitemap + "loc")!.Value] = url.Element(Sitemap + "lastmod")!.Value;
            }
        }

        var second = site.Store.Current.ArticlesIn("everything").Skip(10).Take(10).Max(a => a.Reviewed);
        Assert.Equal(second.ToString("yyyy-MM-dd"), urls[Base + "/topics/everything/page/2"]);
    }

    [Fact]
    public async Task The_feed_carries_the_fifty_newest_by_review_then_publication_then_title()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.xml")).Root!;
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToArray();

        var expected = Enumerable.Range(0, GeneratedContent.ArticleCount)
            .OrderByDescending(GeneratedContent.Reviewed).ThenByDescending(GeneratedContent.Published)
            .ThenBy(GeneratedContent.Title, StringComparer.OrdinalIgnoreCase)
            .Take(50).Select(i => $"{Base}/articles/{GeneratedContent.Slug(i)}");
        Assert.Equal(expected, ids);
        // The newest review date (29 days in) is shared by items 29, 59, 89 and 119; 59 and 119 were published a day later.
        Assert.Equal([$"{Base}/articles/item-059", $"{Base}/articles/item-119", $"{Base}/articles/item-029", $"{Base}/articles/item-089"], ids[..4]);
    }
}
