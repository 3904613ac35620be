using System.Net;
using AngleSharp.Dom;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class TopicPaginationTests(ListingSiteFactory site) : IClassFixture<ListingSiteFactory>
{
    private const string Base = "https://glutehealth.example";

    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task The_first_page_of_a_topic_is_its_own_address_with_a_next_link_and_no_previous()
    {
        var page = await _client.GetDocumentAsync("/topics/everything");

        Assert.Equal(Base + "/topics/everything", Canonical(page));
        Assert.Equal(Base + "/topics/everything/page/2", HeadLink(page, "next"));
        Assert.Null(HeadLink(page, "prev"));
        Assert.Equal(ListingSiteFactory.PageSize, Listed(page).Count);
        Assert.Equal("1", page.QuerySelector("nav.page-nav[aria-label] a[aria-current=page]")?.TextContent.Replace("Page ", ""));
        Assert.Contains("120 articles, page 1 of 12", page.QuerySelector(".listing-count")!.TextContent);
    }

    [Fact]
    public async Task A_middle_page_lists_its_slice_links_both_ways_and_is_its_own_canonical()
    {
        var page = await _client.GetDocumentAsync("/topics/everything/page/5");

        var expected = site.Store.Current.ArticlesIn("everything").Skip(40).Take(10).Select(a => "/articles/" + a.Slug);
        Assert.Equal(expected, Listed(page));
        Assert.Equal(Base + "/topics/everything/page/5", Canonical(page));
        Assert.Equal(Base + "/topics/everything/page/4", HeadLink(page, "prev"));
        Assert.Equal(Base + "/topics/everything/page/6", HeadLink(page, "next"));
        Assert.Equal("/topics/everything/page/4", page.QuerySelector("nav.page-nav a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/topics/everything/page/6", page.QuerySelector("nav.page-nav a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["Home", "Topics", "Everything", "Page 5"], page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/topics/everything", page.QuerySelectorAll("nav.breadcrumbs a")[2].GetAttribute("href"));
        Assert.StartsWith("Everything, page 5 |", page.Title);
    }

    [Fact]
    public async Task The_pager_names_the_first_and_last_pages_and_those_near_the_current_one()
    {
        var page = await _client.GetDocumentAsync("/topics/everything/page/6");

        var items = page.QuerySelectorAll("nav.page-nav li:not(.page-step)").Select(li => li.TextContent.Replace("Page ", "").Trim());
        Assert.Equal(["1", "…", "4", "5", "6", "7", "8", "…", "12"], items);
    }

    [Fact]
    public async Task The_last_page_links_back_but_not_forward()
    {
        var page = await _client.GetDocumentAsync("/topics/everything/page/12");

        Assert.Equal(Base + "/topics/everything/page/11", HeadLink(page, "prev"));
        Assert.Null(HeadLink(page, "next"));
        Assert.Null(page.QuerySelector("nav.page-nav a[rel=next]"));
    }

    [Fact]
    public async Task Following_next_from_the_first_page_lists_every_article_of_the_topic_once_in_order()
    {
        var listed = new List<string?>();
        string? path = "/topics/even";
        while (path is not null)
        {
            var page = await _client.GetDocumentAsync(path);
            listed.AddRange(Listed(page));
            path = page.QuerySelector("nav.page-nav a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(site.Store.Current.ArticlesIn("even").Select(a => "/articles/" + a.Slug), listed);
    }

    [Fact]
    public async Task A_topic_that_fits_one_page_has_no_pager_and_no_prev_or_next()
    {
        var page = await _client.GetDocumentAsync("/topics/few");

        Assert.Null(page.QuerySelector("nav.page-nav"));
        Assert.Null(HeadLink(page, "next"));
        Assert.Equal(5, Listed(page).Count);
    }

    [Theory]
    [InlineData("/topics/everything/page/1", "/topics/everything")]
    [InlineData("/topics/few/page/1", "/topics/few")]
    public async Task Page_one_redirects_permanently_to_the_topic_address(string path, string target)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/topics/everything/page/0")]
    [InlineData("/topics/everything/page/13")]
    [InlineData("/topics/everything/page/99")]
    [InlineData("/topics/everything/page/abc")]
    [InlineData("/topics/everything/page/02")]
    [InlineData("/topics/everything/page/-1")]
    [InlineData("/topics/everything/page/99999999999999999999")]
    [InlineData("/topics/everything/page/%E2%80%AE2")]
    [InlineData("/topics/everything/page")]
    [InlineData("/topics/everything/page/2/more")]
    [InlineData("/topics/few/page/2")]
    [InlineData("/topics/unknown/page/2")]
    public async Task A_page_that_does_not_exist_is_a_friendly_404(string path)
    {
        using var response = await _client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_topic_index_shows_each_topic_with_its_description_and_article_count_but_not_its_articles()
    {
        var page = await _client.GetDocumentAsync("/topics");
        var cards = page.QuerySelectorAll(".topic-card");

        Assert.Equal(["Everything", "Even", "Few"], cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["120 articles", "60 articles", "5 articles"], cards.Select(c => c.QuerySelector(".topic-count")!.TextContent.Trim()));
        Assert.Contains("The even-numbered articles.", cards[1].TextContent);
        Assert.Empty(page.QuerySelectorAll("main a[href^='/articles/']"));
    }

    [Fact]
    public async Task The_home_page_shows_only_the_newest_few_articles_and_the_topics()
    {
        var page = await _client.GetDocumentAsync("/");

        var newest = site.Store.Current.Articles
            .OrderByDescending(a => a.Reviewed).ThenByDescending(a => a.Published).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .Take(ListingSiteFactory.HomeNewestCount).Select(a => "/articles/" + a.Slug);
        Assert.Equal(newest, page.QuerySelectorAll("main a[href^='/articles/']").Select(a => a.GetAttribute("href")));
        // The topic section is bounded too (Listings:BrowseTopicCount), and links to all the topics.
        Assert.Equal(ListingSiteFactory.BrowseTopicCount, page.QuerySelectorAll("main .topic-card").Length);
        Assert.NotNull(page.QuerySelector("main .topic-index-more a[href='/topics']"));
    }

    private static List<string?> Listed(IDocument page) =>
        page.QuerySelectorAll("main .article-list a.article-link").Select(a => a.GetAttribute("href")).ToList();

    private static string? Canonical(IDocument page) => HeadLink(page, "canonical");

    private static string? HeadLink(IDocument page, string rel) =>
        page.QuerySelector($"head link[rel={rel}]")?.GetAttribute("href");
}
