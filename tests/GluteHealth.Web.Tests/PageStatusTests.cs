using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class PageStatusTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/")]
    [InlineData("/topics")]
    [InlineData("/topics/aches")]
    [InlineData("/topics/moves")]
    [InlineData("/articles/alpha")]
    [InlineData("/articles/beta")]
    [InlineData("/articles/gamma")]
    [InlineData("/about")]
    [InlineData("/search")]
    [InlineData("/search?q=ache")]
    [InlineData("/a-z")]
    [InlineData("/a-z/g")]
    public async Task Every_page_answers_200_with_html(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/articles/unknown")]
    [InlineData("/topics/unknown")]
    [InlineData("/no-such-page")]
    [InlineData("/articles/%E2%80%AE")]
    [InlineData("/articles/alpha/extra")]
    public async Task Unknown_pages_get_a_friendly_404_linking_back_to_the_topics(string path)
    {
        using var response = await _client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/topics/aches']"));
        Assert.NotNull(page.QuerySelector("a[href='/topics']"));
    }

    [Theory]
    [InlineData("/articles/old-beta", "/articles/beta")]
    [InlineData("/Articles/Alpha", "/articles/alpha")]
    [InlineData("/articles/alpha/", "/articles/alpha")]
    [InlineData("/ARTICLES/BETA/", "/articles/beta")]
    [InlineData("/topics/Aches", "/topics/aches")]
    [InlineData("/topics/", "/topics")]
    [InlineData("/Search?q=Ache", "/search?q=Ache")]
    public async Task Aliases_and_non_canonical_spellings_redirect_permanently(string path, string expected)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_alias_in_the_wrong_case_ends_at_the_article_after_redirects()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/Articles/Old-Beta/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/articles/beta", response.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_other_than_get_and_head_answer_405(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/articles/alpha"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
