using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class ArticlePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task An_article_has_one_h1_its_summary_topics_dates_and_body()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");

        Assert.Equal(["Beta bends"], page.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Contains("Beta is a test article about bending and stretching.", page.QuerySelector(".article-header")!.TextContent);
        Assert.Equal(["/topics/aches", "/topics/moves"], page.QuerySelectorAll(".topic-tags a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("time[datetime='2026-03-01']"));
        Assert.NotNull(page.QuerySelector("time[datetime='2026-01-11']"));
        Assert.Contains("Page last reviewed: 1 March 2026", Normalize(page.QuerySelector(".review-dates")!.TextContent));
        Assert.Contains("Next review due: 1 March 2027", Normalize(page.QuerySelector(".review-dates")!.TextContent));
        Assert.Contains("Beta opening paragraph", page.QuerySelector(".article-body")!.TextContent);
        Assert.Contains("general information", page.QuerySelector(".disclaimer")!.TextContent);
    }

    [Fact]
    public async Task Every_section_heading_has_a_stable_id_and_a_plain_link_to_itself()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");
        var headings = page.QuerySelectorAll(".article-body h2, .article-body h3").Where(h => !h.ClassList.Contains("callout-title")).ToArray();

        Assert.Equal(["symptoms", "what-you-can-do", "hamstring-stretch", "notes", "notes-1", "when-to-see-a-doctor"], headings.Select(h => h.Id));
        foreach (var heading in headings)
        {
            var link = heading.ParentElement!.QuerySelector("a.section-link");
            Assert.Equal("#" + heading.Id, link?.GetAttribute("href"));
            Assert.Contains(heading.TextContent, link!.TextContent);
        }
    }

    [Fact]
    public async Task Non_ascii_headings_keep_their_letters_in_the_id()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");

        Assert.NotNull(page.GetElementById("über-gesäß"));
    }

    [Fact]
    public async Task The_table_of_contents_links_to_every_heading()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");

        var targets = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href") ?? "").ToArray();

        Assert.Equal(["#symptoms", "#what-you-can-do", "#hamstring-stretch", "#notes", "#notes-1", "#when-to-see-a-doctor"], targets);
    }

    [Fact]
    public async Task Breadcrumbs_lead_home_then_to_the_first_topic()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");

        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();

        Assert.Equal(["Home", "Aches", "Beta bends"], crumbs);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
