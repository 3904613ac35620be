using System.Text.RegularExpressions;
using GluteHealth.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_reader_can_walk_from_home_through_a_topic_an_article_and_its_contents_to_a_related_article()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await session.GoToAsync("/");

        // Home → a topic, from the topic index.
        var topicLink = page.Locator("main .topic-index .topic-card h3 a").First;
        var topicHref = await HrefAsync(topicLink);
        Assert.StartsWith("/topics/", topicHref);
        var topic = site.Content.FindTopic(topicHref["/topics/".Length..]);
        Assert.NotNull(topic);
        await topicLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(EndsWith(topicHref));
        await session.WhenSettledAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(topic.Name);

        // Topic → an article.
        var articleLink = page.Locator("main ul.article-list a.article-link").First;
        var articleHref = await HrefAsync(articleLink);
        Assert.StartsWith("/articles/", articleHref);
        var article = site.Content.FindArticle(articleHref["/articles/".Length..]);
        Assert.NotNull(article);
        await articleLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(EndsWith(articleHref));
        await session.WhenSettledAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(article.Title);

        // Article → a section, from the table of contents.
        var tocLinks = page.Locator("nav.toc a");
        Assert.True(await tocLinks.CountAsync() > 0, $"{articleHref} has no links in nav.toc");
        var tocLink = tocLinks.Last; // the last one, so the page really has to move
        var fragment = await HrefAsync(tocLink);
        Assert.StartsWith("#", fragment);
        await tocLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(EndsWith(articleHref + fragment));
        Assert.Equal(fragment, new Uri(page.Url).Fragment);
        var id = Uri.UnescapeDataString(fragment[1..]);
        var targetTag = await page.EvaluateAsync<string?>("id => document.getElementById(id)?.tagName ?? null", id);
        Assert.True(targetTag is not null, $"The table of contents links to {fragment}, but no element has id '{id}'");
        Assert.Matches("^H[2-6]$", targetTag);
        await Expect(page.Locator(":target")).ToHaveIdAsync(id);
        await Expect(page.Locator(":target")).ToBeInViewportAsync();

        // Article → a related article.
        var relatedLink = page.Locator("section.related a").First;
        Assert.True(await page.Locator("section.related a").CountAsync() > 0, $"{articleHref} has no links in section.related");
        var relatedHref = await HrefAsync(relatedLink);
        Assert.StartsWith("/articles/", relatedHref);
        Assert.NotEqual(articleHref, relatedHref);
        var related = site.Content.FindArticle(relatedHref["/articles/".Length..]);
        Assert.NotNull(related);
        await relatedLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(EndsWith(relatedHref));
        await session.WhenSettledAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(related.Title);
        Assert.NotEqual(article.Title, await page.Locator("main h1").TextContentAsync());
        output.WriteLine($"/ → {topicHref} → {articleHref}{fragment} → {relatedHref}");
    }

    [BrowserFact]
    public async Task The_header_search_lists_matching_articles_with_the_words_highlighted()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await session.GoToAsync("/");

        await page.Locator("#header-q").FillAsync("cramp");
        await page.Locator("form.header-search button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(EndsWith("/search?q=cramp"));
        await session.WhenSettledAsync();

        var results = page.Locator("main ol.search-results > li");
        Assert.True(await results.CountAsync() >= 1, "Searching for 'cramp' listed no results");
        var highlighted = page.Locator("main ol.search-results > li mark");
        Assert.True(await highlighted.CountAsync() >= 1, "No search result highlights a matching word with <mark>");
        var marked = await highlighted.AllTextContentsAsync();
        Assert.Contains(marked, text => text.Contains("cramp", StringComparison.OrdinalIgnoreCase));
        await Expect(page.Locator("#q")).ToHaveValueAsync("cramp");
    }

    [BrowserFact]
    public async Task A_search_that_matches_nothing_says_so_and_offers_the_topic_index()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await session.GoToAsync("/");

        await page.Locator("#header-q").FillAsync("zzzzqqq");
        await page.Locator("#header-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(EndsWith("/search?q=zzzzqqq"));
        await session.WhenSettledAsync();

        await Expect(page.Locator("main .search-message")).ToContainTextAsync("No articles match");
        await Expect(page.Locator("main ol.search-results")).ToHaveCountAsync(0);
        // Was the whole topic index (every topic with every article); now a bounded list of suggested topics, at most
        // eight, which for the five real topics is every topic.
        await Expect(page.Locator("main .topic-suggestions")).ToBeVisibleAsync();
        Assert.True(await page.Locator("main .topic-suggestions a[href^='/topics/']").CountAsync() >= site.Content.Topics.Count,
            "The no-results page does not suggest every topic");
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_first_Tab_on_an_article_reaches_a_visible_skip_link_that_moves_focus_to_main(int width)
    {
        await using var session = await site.OpenAsync(width);
        var page = session.Page;
        await session.GoToAsync("/articles/" + site.Pages.ArticleSlug);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator("a.skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveAttributeAsync("href", "#main");
        await Expect(skipLink).ToBeVisibleAsync();

        await Expect(skipLink).ToBeInViewportAsync(new() { Ratio = 1 }); // waits out any slide-in transition
        var box = await skipLink.BoundingBoxAsync();
        Assert.NotNull(box);
        var viewport = page.ViewportSize!;
        var inside = box.Width >= 1 && box.Height >= 1 && box.X >= 0 && box.Y >= 0
            && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height;
        Assert.True(inside,
            $"The focused skip link is not inside the {viewport.Width}x{viewport.Height} viewport: x={box.X} y={box.Y} w={box.Width} h={box.Height}");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        Assert.Equal("#main", new Uri(page.Url).Fragment);
    }

    [BrowserFact]
    public async Task Every_section_link_in_an_article_points_at_its_heading()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        var problems = new List<string>();
        foreach (var article in site.Content.Articles)
        {
            var path = "/articles/" + article.Slug;
            await session.GoToAsync(path);
            var links = await page.EvaluateAsync<SectionLink[]>("""
                () => Array.from(document.querySelectorAll('.article-body a.section-link')).map(a => {
                    const href = a.getAttribute('href') || '';
                    const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
                    const target = id ? document.getElementById(id) : null;
                    return { href, targetTag: target ? target.tagName : null };
                })
                """);
            if (links.Length == 0)
            {
                problems.Add($"{path}: no a.section-link in the article body");
            }
            foreach (var link in links)
            {
                if (!link.Href.StartsWith('#') || link.Href.Length < 2)
                {
                    problems.Add($"{path}: a.section-link href '{link.Href}' is not #<id>");
                }
                else if (link.TargetTag is null)
                {
                    problems.Add($"{path}: a.section-link href '{link.Href}' points at no element");
                }
                else if (!Regex.IsMatch(link.TargetTag, "^H[1-6]$"))
                {
                    problems.Add($"{path}: a.section-link href '{link.Href}' points at a <{link.TargetTag.ToLowerInvariant()}>, not a heading");
                }
            }
            output.WriteLine($"{path}: {links.Length} section links");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<string> HrefAsync(ILocator link) =>
        await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The link has no href");

    private static Regex EndsWith(string pathAndQuery) => new(Regex.Escape(pathAndQuery) + "$");

    private sealed class SectionLink
    {
        public string Href { get; set; } = "";

        public string? TargetTag { get; set; }
    }
}
