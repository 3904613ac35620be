using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class CrawlTests
{
    [Fact]
    public async Task Every_internal_link_from_home_resolves_including_fragments_on_test_content()
    {
        using var site = new SiteFactory();
        var visited = await CrawlAsync(site.CreateReader());
        Assert.Contains("/articles/gamma", visited);
    }

    [Fact]
    public async Task Every_internal_link_from_home_resolves_including_fragments_on_the_real_articles()
    {
        using var site = new RealContentSiteFactory();
        var visited = await CrawlAsync(site.CreateReader());
        Assert.All(site.Store.Current.Articles, a => Assert.Contains("/articles/" + a.Slug, visited));
    }

    [Fact]
    public async Task Every_internal_link_from_home_resolves_on_a_site_whose_listings_have_many_pages()
    {
        using var site = new ListingSiteFactory();
        var visited = await CrawlAsync(site.CreateReader());
        Assert.All(site.Store.Current.Articles, a => Assert.Contains("/articles/" + a.Slug, visited));
        Assert.Contains("/topics/everything/page/12", visited);
        Assert.Contains("/a-z/0-9/page/3", visited);
    }

    private static async Task<HashSet<string>> CrawlAsync(HttpClient client)
    {
        var ids = new Dictionary<string, HashSet<string>>();
        var queue = new Queue<string>(["/"]);
        var links = new List<(string From, string Href)>();
        while (queue.TryDequeue(out var path))
        {
            if (ids.ContainsKey(path))
            {
                continue;
            }
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                ids[path] = [];
                continue;
            }
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            ids[path] = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
            foreach (var href in page.QuerySelectorAll("a[href], link[rel=stylesheet][href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('#') || href.StartsWith('/'))
                {
                    var absolute = href.StartsWith('#') ? path + href : href;
                    links.Add((path, absolute));
                    var target = absolute.Split('#')[0];
                    if (!target.StartsWith("/search?", StringComparison.Ordinal) && !ids.ContainsKey(target))
                    {
                        queue.Enqueue(target);
                    }
                }
            }
        }

        foreach (var (from, href) in links.Where(l => l.Href.Contains('#')))
        {
            var parts = href.Split('#', 2);
            Assert.True(ids.TryGetValue(parts[0], out var targetIds), $"{from} links to {href}, which was not crawled");
            Assert.True(targetIds!.Contains(Uri.UnescapeDataString(parts[1])), $"{from} links to {href}, but that page has no such id");
        }
        return ids.Keys.ToHashSet();
    }
}
