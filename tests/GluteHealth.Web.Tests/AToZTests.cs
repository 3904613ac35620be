using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class AToZTests(ListingSiteFactory site) : IClassFixture<ListingSiteFactory>
{
    private const string Base = "https://glutehealth.example";

    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task The_index_shows_every_letter_linking_only_those_with_articles_with_their_counts()
    {
        var page = await _client.GetDocumentAsync("/a-z");
        var letters = page.QuerySelectorAll("nav.letter-nav li");

        Assert.Equal(27, letters.Length);
        var linked = page.QuerySelectorAll("nav.letter-nav a").ToDictionary(a => a.GetAttribute("href")!, a => a.QuerySelector(".letter-count")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["/a-z/a"] = "30 articles", ["/a-z/b"] = "30 articles", ["/a-z/t"] = "15 articles",
            ["/a-z/u"] = "15 articles", ["/a-z/0-9"] = "30 articles",
        }, linked);
        var q = letters.Single(li => li.QuerySelector(".letter")!.TextContent == "Q");
        Assert.Null(q.QuerySelector("a"));
        Assert.Contains("no articles", q.TextContent);
        Assert.Equal(Base + "/a-z", page.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(["Home", "A to Z"], page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task A_letter_lists_its_articles_by_title_a_page_at_a_time()
    {
        var first = await _client.GetDocumentAsync("/a-z/a");
        var third = await _client.GetDocumentAsync("/a-z/a/page/3");

        var titles = first.QuerySelectorAll("main .article-list a").Select(a => a.TextContent).ToArray();
        Assert.Equal(ListingSiteFactory.PageSize, titles.Length);
        Assert.All(titles, t => Assert.StartsWith("Ache number", t));
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Equal(Base + "/a-z/a/page/2", first.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("page", first.QuerySelector("nav.letter-nav a[href='/a-z/a']")?.GetAttribute("aria-current"));
        Assert.Equal(Base + "/a-z/a/page/3", third.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(Base + "/a-z/a/page/2", third.QuerySelector("head link[rel=prev]")?.GetAttribute("href"));
        Assert.Null(third.QuerySelector("head link[rel=next]"));
        Assert.Equal(["Home", "A to Z", "A", "Page 3"], third.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Accented_titles_file_under_their_plain_letter_and_digits_under_0_9()
    {
        var u = await _client.GetDocumentAsync("/a-z/u");
        var digits = await _client.GetDocumentAsync("/a-z/0-9");

        Assert.All(u.QuerySelectorAll("main .article-list a"), a => Assert.StartsWith("Über stretch", a.TextContent));
        Assert.All(digits.QuerySelectorAll("main .article-list a"), a => Assert.Matches("^[0-9]{3} quick moves$", a.TextContent));
        Assert.Equal("0–9", digits.QuerySelectorAll("nav.breadcrumbs li").Last().TextContent.Trim());
    }

    [Theory]
    [InlineData("/a-z/q")]
    [InlineData("/a-z/zz")]
    [InlineData("/a-z/%C3%BC")]
    [InlineData("/a-z/a/page/4")]
    [InlineData("/a-z/a/page/x")]
    [InlineData("/a-z/q/page/2")]
    public async Task A_letter_or_page_without_articles_is_a_friendly_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_one_of_a_letter_redirects_to_the_letter()
    {
        using var response = await _client.GetAsync("/a-z/b/page/1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/a-z/b", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/topics/even/page/3")]
    [InlineData("/articles/item-007")]
    [InlineData("/about")]
    [InlineData("/no-such-page")]
    public async Task Every_page_links_to_the_a_to_z_from_its_header(string path)
    {
        using var response = await _client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.NotNull(page.QuerySelector("header nav.site-nav a[href='/a-z']"));
    }
}
