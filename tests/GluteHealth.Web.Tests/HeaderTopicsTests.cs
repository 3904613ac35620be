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
}
