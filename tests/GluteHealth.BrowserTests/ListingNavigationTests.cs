using System.Text.RegularExpressions;
using GluteHealth.BrowserTests.Infrastructure;
using GluteHealth.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class ListingNavigationTests(SiteFixture site)
{
    private const int Phone = 360;
    private const int MinimumTarget = 44;

    [BrowserFact]
    public async Task On_a_phone_a_reader_reaches_an_article_through_the_a_to_z_from_the_header()
    {
        await using var session = await site.OpenAsync(Phone);
        var page = session.Page;
        await session.GoToAsync("/");

        var header = page.Locator("header nav.site-nav a", new() { HasTextString = "A to Z" });
        await Expect(header).ToBeInViewportAsync();
        await header.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/a-z$"));
        await session.WhenSettledAsync();

        var letters = page.Locator("nav.letter-nav a");
        Assert.True(await letters.CountAsync() > 0, "/a-z links no letter");
        await AssertTappableAndOnScreenAsync(page, letters);
        var letter = site.Pages.BusiestLetter;
        await page.Locator($"nav.letter-nav a[href='{SiteUrls.Letter(letter)}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SiteUrls.Letter(letter)) + "$"));
        await session.WhenSettledAsync();

        var article = page.Locator("main ul.article-list a.article-link").First;
        var title = await article.TextContentAsync();
        var path = await article.GetAttributeAsync("href");
        await article.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path!) + "$"));
        await session.WhenSettledAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(title!);
    }

    [BrowserFact]
    public async Task On_a_phone_the_topic_pager_fits_the_screen_with_tappable_links_that_page_back_and_forth()
    {
        await using var session = await site.OpenAsync(Phone);
        var page = session.Page;
        var key = site.Pages.PaginatedTopicKey;
        await session.GoToAsync(SiteUrls.Topic(key, 2));

        var pager = page.Locator("nav.page-nav[aria-label='Pages']");
        await Expect(pager).ToBeVisibleAsync();
        await AssertTappableAndOnScreenAsync(page, pager.Locator("a"));
        await Expect(pager.Locator("a[aria-current=page]")).ToHaveTextAsync("Page 2");

        await pager.Locator("a[rel=prev]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SiteUrls.Topic(key)) + "$"));
        await session.WhenSettledAsync();
        await Expect(page.Locator("nav.page-nav a[aria-current=page]")).ToHaveTextAsync("Page 1");
        await page.Locator("nav.page-nav a[rel=next]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SiteUrls.Topic(key, 2)) + "$"));
    }

    private static async Task AssertTappableAndOnScreenAsync(IPage page, ILocator links)
    {
        var width = await page.EvaluateAsync<int>("() => window.innerWidth");
        foreach (var link in await links.AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            var text = (await link.TextContentAsync())?.Trim();
            Assert.NotNull(box);
            Assert.True(box.Width >= MinimumTarget && box.Height >= MinimumTarget, $"'{text}' is {box.Width}x{box.Height}px, under {MinimumTarget}px");
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"'{text}' runs past the {width}px screen");
        }
    }
}
