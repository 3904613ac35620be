using GluteHealth.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class ColorSchemeTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>Below this WCAG relative luminance a background reads as dark (#595959 is about 0.1).</summary>
    private const double DarkLuminance = 0.1;

    [BrowserTheory]
    [InlineData("home")]
    [InlineData("article")]
    public async Task A_reader_who_prefers_dark_gets_a_dark_page(string name)
    {
        var light = await BodyBackgroundAsync(name, ColorScheme.Light);
        var dark = await BodyBackgroundAsync(name, ColorScheme.Dark);
        output.WriteLine($"{name}: light {light}; dark {dark}");

        Assert.False(dark.IsTransparent,
            $"{name}: in dark mode neither body nor html has a background colour, so the page is not dark");
        Assert.True(light != dark, $"{name}: the body background is the same in light and dark mode ({dark})");
        Assert.True(dark.Luminance < DarkLuminance, $"{name}: the dark-mode body background is not dark: {dark}");
        Assert.True(light.IsTransparent || light.Luminance > dark.Luminance,
            $"{name}: the light-mode background ({light}) is darker than the dark-mode one ({dark})");
    }

    /// <summary>The body's computed background, or the root element's when the body's is transparent.</summary>
    private async Task<CssColor> BodyBackgroundAsync(string name, ColorScheme scheme)
    {
        await using var session = await site.OpenAsync(1280, scheme);
        var (path, status) = site.Pages[name];
        await session.GoToAsync(path, status);
        var colors = await session.Page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).backgroundColor]");
        var body = CssColor.Parse(colors[0]);
        return body.IsTransparent ? CssColor.Parse(colors[1]) : body;
    }
}
