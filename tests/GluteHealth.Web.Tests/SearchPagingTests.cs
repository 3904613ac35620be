using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>The test site with 45 extra articles that all match "paging".</summary>
public sealed class SearchPagingTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly HttpClient _client;

    public SearchPagingTests()
    {
        var template = File.ReadAllText(_site.Content.File("alpha.md"));
        for (var i = 0; i < 45; i++)
        {
            File.WriteAllText(_site.Content.File($"paging-{i:D2}.md"), template
                .Replace("title: Alpha ache", $"title: Paging ache {i:D2}", StringComparison.Ordinal)
                .Replace("slug: alpha", $"slug: paging-{i:D2}", StringComparison.Ordinal)
                .Replace("Alpha opening paragraph", $"Paging <b>&</b> opening paragraph", StringComparison.Ordinal));
        }
        _client = _site.CreateReader();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Results_come_twenty_a_page_with_the_total_and_previous_and_next_links()
    {
        var first = await _client.GetDocumentAsync("/search?q=paging");
        var second = await _client.GetDocumentAsync("/search?q=paging&page=2");
        var third = await _client.GetDocumentAsync("/search?q=paging&page=3");

        Assert.Equal([20, 20, 5], new[] { first, second, third }.Select(p => p.QuerySelectorAll("ol.search-results > li").Length));
        Assert.Contains("45 articles match", first.QuerySelector(".search-message")!.TextContent);
        Assert.Contains("Page 2 of 3", second.QuerySelector(".search-message")!.TextContent);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/search?q=paging&page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/search?q=paging", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/search?q=paging&page=3", second.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Null(third.QuerySelector("a[rel=next]"));
        Assert.Equal("21", second.QuerySelector("ol.search-results")?.GetAttribute("start"));
        var slugs = new[] { first, second, third }.SelectMany(p => p.QuerySelectorAll("ol.search-results h2 a")).Select(a => a.GetAttribute("href"));
        Assert.Equal(45, slugs.Distinct().Count());
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_page()
    {
        var page = await _client.GetDocumentAsync("/search?q=paging&page=7");

        Assert.Equal(5, page.QuerySelectorAll("ol.search-results > li").Length);
        Assert.Contains("Page 3 of 3", page.QuerySelector(".search-message")!.TextContent);
    }

    [Fact]
    public async Task The_snippet_is_encoded_by_the_page_and_the_match_marked()
    {
        using var response = await _client.GetAsync("/search?q=paging");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<mark>Paging</mark> &lt;b&gt;&amp;&lt;/b&gt; opening paragraph", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&</b>", html, StringComparison.Ordinal);
    }
}
