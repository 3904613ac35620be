using System.Text;
using System.Text.Json;
using GluteHealth.BrowserTests.Infrastructure;
using GluteHealth.Content;
using GluteHealth.Content.Markdown;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

/// <summary>
/// The three care levels on a real article page. Whatever the articles say today, the page's "When to see a
/// doctor" section is replaced by one card of each level as the real compiler renders them, so the site's
/// stylesheet is judged on all three side by side.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CareCardTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>WCAG 1.4.3 for text, 1.4.11 for the border that outlines a card.</summary>
    private const double TextContrast = 4.5;
    private const double BorderContrast = 3;

    private const string Cards = """
        :::emergency
        - your leg suddenly feels weak or numb
        :::

        :::urgent
        - the pain started after a fall or injury
        :::

        :::see-a-doctor
        - the pain has not settled after a few weeks
        :::
        """;

    private const string ReadCards = """
        () => {
            const background = element => {
                for (let e = element; e; e = e.parentElement) {
                    const c = getComputedStyle(e).backgroundColor;
                    if (c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') return c;
                }
                return 'rgb(255, 255, 255)';
            };
            return Array.from(document.querySelectorAll('[data-care-card-test]')).map(card => {
                const style = getComputedStyle(card);
                const title = card.querySelector('.callout-title');
                const icon = card.querySelector('.callout-icon');
                const item = card.querySelector('li');
                return {
                    className: card.className,
                    heading: title.textContent.trim(),
                    icon: icon.textContent,
                    border: [style.borderTopWidth, style.borderTopStyle, style.borderLeftWidth, style.borderLeftStyle].join(' '),
                    titleBand: getComputedStyle(title).backgroundColor,
                    titleRule: getComputedStyle(title).borderBottomStyle,
                    borderColor: style.borderLeftColor,
                    pageBackground: background(card.parentElement),
                    titleColor: getComputedStyle(title).color,
                    titleBackground: background(title),
                    iconColor: getComputedStyle(icon).color,
                    iconBackground: background(icon),
                    textColor: getComputedStyle(item).color,
                    textBackground: background(item),
                };
            });
        }
        """;

    public static TheoryData<string> Schemes => new(Matrix.Schemes);

    public static TheoryData<int, string> WidthsAndSchemes
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var width in Matrix.Widths)
            {
                foreach (var scheme in Matrix.Schemes)
                {
                    data.Add(width, scheme);
                }
            }
            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task The_three_levels_differ_in_words_icon_border_and_colour(string scheme)
    {
        await using var session = await OpenWithAllThreeCardsAsync(1280, Matrix.Scheme(scheme));
        await ScreenshotAsync(session, $"care-cards-{scheme}");

        var cards = await ReadCardsAsync(session);

        Assert.Equal(HealthCallout.CareLevels.Select(l => l.CssClass), cards.Select(c => c.ClassName));
        Assert.Equal(HealthCallout.CareLevels.Select(l => l.Title), cards.Select(c => c.Heading.Replace(c.Icon, "").Trim()));
        AssertAllDifferent(cards, c => c.Icon, "icon");
        // Without colour: each level has its own border weight and style, and only the emergency card has a filled band.
        AssertAllDifferent(cards, c => c.Border, "border width and style");
        AssertAllDifferent(cards, c => c.BorderColor, "border colour");
        Assert.False(CssColor.Parse(cards[0].TitleBand).IsTransparent, $"{scheme}: the emergency heading has no filled band");
        Assert.All(cards.Skip(1), c => Assert.True(CssColor.Parse(c.TitleBand).IsTransparent, $"{scheme}: {c.ClassName} has a filled heading band"));
    }

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task Every_card_has_readable_text_and_a_visible_border(string scheme)
    {
        await using var session = await OpenWithAllThreeCardsAsync(1280, Matrix.Scheme(scheme));

        foreach (var card in await ReadCardsAsync(session))
        {
            AssertContrast(card, "heading", card.TitleColor, card.TitleBackground, TextContrast, scheme);
            AssertContrast(card, "icon", card.IconColor, card.IconBackground, TextContrast, scheme);
            AssertContrast(card, "list text", card.TextColor, card.TextBackground, TextContrast, scheme);
            AssertContrast(card, "border", card.BorderColor, card.PageBackground, BorderContrast, scheme);
        }
    }

    [BrowserFact]
    public async Task In_print_the_levels_still_differ_and_the_emergency_band_becomes_a_rule()
    {
        await using var session = await OpenWithAllThreeCardsAsync(1280, ColorScheme.Light);
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await ScreenshotAsync(session, "care-cards-print");

        var cards = await ReadCardsAsync(session);

        AssertAllDifferent(cards, c => c.Border, "printed border width and style");
        Assert.True(CssColor.Parse(cards[0].TitleBand).IsTransparent, "the printed emergency heading still relies on a background");
        Assert.Equal("solid", cards[0].TitleRule);
        Assert.All(cards, c => AssertContrast(c, "printed heading", c.TitleColor, c.TitleBackground, TextContrast, "print"));
    }

    [BrowserTheory]
    [MemberData(nameof(WidthsAndSchemes))]
    public async Task A_page_with_all_three_cards_has_no_axe_violations(int width, string scheme)
    {
        await using var session = await OpenWithAllThreeCardsAsync(width, Matrix.Scheme(scheme));

        var violations = await Axe.RunAsync(session.Page);

        var where = $"article with all three care cards at {width}px, {scheme}";
        Assert.True(violations.Count == 0, Axe.Describe(where, violations));
    }

    private async Task<BrowserSession> OpenWithAllThreeCardsAsync(int width, ColorScheme scheme)
    {
        var session = await site.OpenAsync(width, scheme);
        await session.GoToAsync("/articles/" + site.Pages.ArticleSlug);
        await session.Page.EvaluateAsync("""
            html => {
                const section = document.getElementById('when-to-see-a-doctor').closest('.section-heading');
                while (section.nextElementSibling && !section.nextElementSibling.matches('.section-heading')) {
                    section.nextElementSibling.remove();
                }
                const rendered = document.createElement('template');
                rendered.innerHTML = html;
                const cards = Array.from(rendered.content.querySelectorAll('.callout'));
                cards.forEach(card => card.dataset.careCardTest = '');
                section.after(...cards);
            }
            """, RenderedCards());
        return session;
    }

    /// <summary>The cards as the site's own compiler renders them, inside a valid article.</summary>
    private static string RenderedCards()
    {
        var text = "---\ntitle: Care cards\nslug: care-cards\nsummary: One card of each level.\ntopics: [pain]\npublished: 2026-01-01\nreviewed: 2026-01-01\n---\n\n"
            + "Intro.\n\n## When to see a doctor\n\n" + Cards + "\n";
        var compilation = new ArticleCompiler().Compile("care-cards.md", Encoding.UTF8.GetBytes(text));
        Assert.Empty(compilation.Problems);
        return compilation.Article!.Html;
    }

    /// <summary>The section with the three cards, so a failing look can be seen.</summary>
    private async Task ScreenshotAsync(BrowserSession session, string name)
    {
        var file = Path.Combine(Screenshots.Folder, name + ".png");
        var box = await session.Page.EvaluateAsync<float[]>("""
            () => {
                const section = document.getElementById('when-to-see-a-doctor').closest('.section-heading');
                const last = Array.from(document.querySelectorAll('[data-care-card-test]')).pop();
                const top = section.getBoundingClientRect().top + window.scrollY;
                const bottom = last.getBoundingClientRect().bottom + window.scrollY;
                return [0, top - 16, document.documentElement.clientWidth, bottom - top + 32];
            }
            """);
        await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true, Clip = new() { X = box[0], Y = box[1], Width = box[2], Height = box[3] } });
        output.WriteLine($"screenshot: {file}");
    }

    private async Task<CardStyle[]> ReadCardsAsync(BrowserSession session)
    {
        var read = await session.Page.EvaluateAsync<JsonElement>(ReadCards);
        var cards = read.Deserialize<CardStyle[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        foreach (var card in cards)
        {
            output.WriteLine(card.ToString());
        }
        Assert.Equal(3, cards.Length);
        return cards;
    }

    private static void AssertAllDifferent(CardStyle[] cards, Func<CardStyle, string> property, string what) =>
        Assert.True(cards.Select(property).Distinct().Count() == cards.Length,
            $"two care levels share a {what}: " + string.Join("; ", cards.Select(c => $"{c.ClassName}: {property(c)}")));

    private static void AssertContrast(CardStyle card, string part, string foreground, string background, double minimum, string scheme)
    {
        var ratio = CssColor.Parse(foreground).ContrastWith(CssColor.Parse(background));
        Assert.True(ratio >= minimum, $"{scheme}: {card.ClassName} {part} {foreground} on {background} has contrast {ratio:0.00}, below {minimum}");
    }

    private sealed record CardStyle(
        string ClassName, string Heading, string Icon, string Border, string TitleBand, string TitleRule, string BorderColor,
        string PageBackground, string TitleColor, string TitleBackground, string IconColor, string IconBackground,
        string TextColor, string TextBackground);
}
