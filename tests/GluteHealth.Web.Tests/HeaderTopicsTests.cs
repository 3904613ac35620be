using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class HeaderTopicsTests(ListingSiteFactory site) : IClassFixture<ListingSiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/")]
    [InlineData("/topics/few")]
    [InlineData("/a-z")]
    public async Task The_header_links_to_the_first_topics_only_and_then_to_all_of_them(string path)
    {
        var page = await _client.GetDocumentAsync(path);

        var links = page.QuerySelectorAll("nav.topic-nav a").Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent.Trim())).ToArray();

        Assert.Equal([("/topics/everything", "Everything"), ("/topics/even", "Even"), ("/topics", "All 3 topics")], links);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    public async Task Browsing_by_topic_outside_the_topic_index_shows_the_first_topics_and_links_to_all(string path)
    {
        using var response = await _client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["Everything"], page.QuerySelectorAll("main .topic-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("/topics", page.QuerySelector("main .topic-index-more a")?.GetAttribute("href"));
        Assert.Equal("All 3 topics", page.QuerySelector("main .topic-index-more a")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_topic_index_itself_shows_every_topic()
    {
        var page = await _client.GetDocumentAsync("/topics");

        Assert.Equal(3, page.QuerySelectorAll("main .topic-card").Length);
        Assert.Null(page.QuerySelector("main .topic-index-more"));
    }
}
