using GluteHealth.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string, int, string> PagesWidthsAndSchemes => Matrix.Of(SitePages.Names);

    [BrowserTheory]
    [MemberData(nameof(PagesWidthsAndSchemes))]
    public async Task Nothing_on_the_page_scrolls_sideways(string name, int width, string scheme)
    {
        await using var session = await site.OpenAsync(width, Matrix.Scheme(scheme));
        var page = session.Page;
        var (path, status) = site.Pages[name];
        await session.GoToAsync(path, status);

        // The screenshot is taken first, so a failing layout can be looked at.
        var file = Path.Combine(Screenshots.Folder, $"{name}-{width}-{scheme}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            var wide = await page.EvaluateAsync<string[]>("""
                () => {
                    const limit = window.innerWidth;
                    const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                    const path = e => { const parts = []; for (let n = e; n && n.nodeType === 1 && parts.length < 4; n = n.parentElement) parts.unshift(describe(n)); return parts.join(' > '); };
                    return Array.from(document.body.querySelectorAll('*'))
                        .filter(e => e.getBoundingClientRect().right > limit + 0.5)
                        .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= limit + 0.5)
                        .slice(0, 10)
                        .map(e => path(e) + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px)');
                }
                """);
            Assert.Fail($"{path} at {width}px ({scheme}) scrolls sideways: scrollWidth {widths[0]} > innerWidth {widths[1]}. "
                + "Outermost elements past the right edge:\n  " + string.Join("\n  ", wide) + $"\nScreenshot: {file}");
        }
    }
}

/// <summary>Theory rows: every page at a phone and a desktop width, in light and dark.</summary>
public static class Matrix
{
    public static readonly int[] Widths = [360, 1280];

    public static readonly string[] Schemes = ["light", "dark"];

    public static TheoryData<string, int, string> Of(IEnumerable<string> pages)
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in pages)
        {
            foreach (var width in Widths)
            {
                foreach (var scheme in Schemes)
                {
                    data.Add(page, width, scheme);
                }
            }
        }
        return data;
    }

    public static ColorScheme Scheme(string name) => name switch
    {
        "light" => ColorScheme.Light,
        "dark" => ColorScheme.Dark,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown colour scheme"),
    };
}

/// <summary>Where screenshots go: $SCREENSHOT_DIR, or TestResults/screenshots in the test output folder.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> LazyFolder = new(() =>
    {
        var configured = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static string Folder => LazyFolder.Value;
}
