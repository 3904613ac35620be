using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class TopicPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task Every_article_is_listed_under_each_of_its_topics()
    {
        var snapshot = site.Store.Current;
        Assert.NotEmpty(snapshot.Articles);

        foreach (var article in snapshot.Articles)
        {
            foreach (var topic in article.TopicKeys)
            {
                var page = await _client.GetDocumentAsync("/topics/" + topic);
                var listed = page.QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href"));
                Assert.Contains("/articles/" + article.Slug, listed);
            }
        }
    }

    [Fact]
    public async Task A_topic_page_lists_only_its_own_articles_with_title_and_summary()
    {
        var page = await _client.GetDocumentAsync("/topics/moves");

        Assert.Equal("Moves", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["/articles/beta", "/articles/gamma"], page.QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Gamma is a test article about walking.", page.QuerySelector("main .article-list")!.TextContent);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/topics")]
    public async Task The_topic_index_shows_every_topic_with_description_and_article_count(string path)
    {
        var page = await _client.GetDocumentAsync(path);
        var cards = page.QuerySelectorAll(".topic-card");

        Assert.Equal(["Aches", "Moves"], cards.Select(c => c.QuerySelector("h2, h3")!.TextContent.Trim()));
        Assert.Contains("Test topic about aches.", cards[0].TextContent);
        Assert.Equal(["2 articles", "2 articles"], cards.Select(c => c.QuerySelector(".topic-count")!.TextContent.Trim()));
        Assert.Empty(cards[0].QuerySelectorAll(".article-list"));
    }

    [Fact]
    public async Task A_topic_page_marks_its_topic_as_current_in_the_navigation()
    {
        var page = await _client.GetDocumentAsync("/topics/moves");

        var current = page.QuerySelectorAll("nav.topic-nav a[aria-current]").Select(a => a.GetAttribute("href"));

        Assert.Equal(["/topics/moves"], current);
    }

    [Fact]
    public async Task The_header_links_every_topic_when_there_are_few()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal(["/topics/aches", "/topics/moves"], page.QuerySelectorAll("nav.topic-nav a").Select(a => a.GetAttribute("href")));
    }
}
