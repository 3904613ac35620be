using GluteHealth.BrowserTests.Infrastructure;
using GluteHealth.Content;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

/// <summary>
/// Every article that shows pictures, looked at in Chromium: screenshots kept as artifacts (360 and 1280 px, light,
/// dark and print), every drawing sized before layout and scaled to the column without distortion, nothing shifting
/// as the page settles, and axe finding nothing.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PictureTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly Lazy<string[]> Illustrated = new(() => RepositoryPaths.HasRoot
        ? new ContentLoader(new ArticleCompiler()).Load(RepositoryPaths.Content).Articles
            .Where(a => a.Pictures.Count > 0).Select(a => a.Slug).Order(StringComparer.Ordinal).ToArray()
        : []);

    public static TheoryData<string, int, string> ArticlesWidthsAndSchemes => Matrix.Of(Illustrated.Value);

    public static TheoryData<string> Articles => new(Illustrated.Value);

    [BrowserTheory]
    [MemberData(nameof(ArticlesWidthsAndSchemes))]
    public async Task Every_drawing_has_its_size_before_layout_and_fills_the_column_without_distortion(string slug, int width, string scheme)
    {
        await using var session = await site.OpenAsync(width, Matrix.Scheme(scheme));
        await session.GoToAsync("/articles/" + slug);
        var file = Path.Combine(Screenshots.Folder, $"pictures-{slug}-{width}-{scheme}.png");
        await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");

        var drawings = await Drawings(session.Page);
        Assert.NotEmpty(drawings);
        foreach (var d in drawings)
        {
            var where = $"{slug} at {width}px ({scheme}), drawing {d.Index} (\"{d.Caption}\")";
            Assert.True(d.WidthAttribute > 0 && d.HeightAttribute > 0, $"{where}: the <svg> has no width and height attributes");
            Assert.True(d.Right <= width + 0.5, $"{where}: the drawing's right edge is at {d.Right}px, past the {width}px screen");
            Assert.True(d.Width <= d.ColumnWidth + 0.5, $"{where}: {d.Width}px wide in a {d.ColumnWidth}px column");
            Assert.True(Math.Abs(d.Width / d.Height - d.ViewBoxRatio) < 0.02,
                $"{where}: drawn at {d.Width}x{d.Height}px, not in the proportions of its viewBox ({d.ViewBoxRatio:0.000})");
            // At phone width a drawing takes the column (or its own width, if that is smaller), never a thumbnail.
            Assert.True(d.Width >= Math.Min(d.WidthAttribute, d.ColumnWidth) - 0.5, $"{where}: shrunk to {d.Width}px in a {d.ColumnWidth}px column");
            Assert.False(string.IsNullOrWhiteSpace(d.Caption), $"{where}: no caption");
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Articles))]
    public async Task Nothing_on_an_illustrated_page_shifts_while_it_loads(string slug)
    {
        await using var session = await site.OpenAsync(360);
        await session.Page.AddInitScriptAsync("""
            window.__shifts = [];
            new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
                .observe({ type: 'layout-shift', buffered: true });
            """);
        await session.GoToAsync("/articles/" + slug);
        await session.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

        var shifts = await session.Page.EvaluateAsync<double[]>("() => window.__shifts");

        Assert.True(shifts.Sum() == 0, $"{slug}: layout shifted while loading (scores {string.Join(", ", shifts)})");
    }

    [BrowserTheory]
    [MemberData(nameof(Articles))]
    public async Task Drawings_take_the_page_colours_in_light_dark_and_print(string slug)
    {
        var light = await ColoursAsync(slug, ColorScheme.Light, "screen");
        var dark = await ColoursAsync(slug, ColorScheme.Dark, "screen");
        var print = await ColoursAsync(slug, ColorScheme.Dark, "print");
        output.WriteLine($"{slug}: light {light}; dark {dark}; print from dark {print}");

        Assert.Equal(light.Text, light.Line);
        Assert.Equal(dark.Text, dark.Line);
        Assert.True(CssColor.Parse(dark.Line).Luminance > CssColor.Parse(dark.Background).Luminance,
            $"{slug}: in dark mode the drawing's lines ({dark.Line}) are not lighter than the page ({dark.Background})");
        Assert.Equal("rgb(0, 0, 0)", print.Line);
        Assert.NotEqual(light.Fill, dark.Fill);

        await using var session = await site.OpenAsync(800, ColorScheme.Dark);
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        await session.GoToAsync("/articles/" + slug);
        var file = Path.Combine(Screenshots.Folder, $"pictures-{slug}-print.png");
        await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }

    [BrowserTheory]
    [MemberData(nameof(ArticlesWidthsAndSchemes))]
    public async Task An_illustrated_page_has_no_WCAG_2_2_AA_violations_found_by_axe(string slug, int width, string scheme)
    {
        await using var session = await site.OpenAsync(width, Matrix.Scheme(scheme));
        await session.GoToAsync("/articles/" + slug);

        var violations = await Axe.RunAsync(session.Page);

        Assert.True(violations.Count == 0, Axe.Describe($"/articles/{slug} at {width}px, {scheme}", violations));
    }

    private async Task<Colours> ColoursAsync(string slug, ColorScheme scheme, string media)
    {
        await using var session = await site.OpenAsync(1280, scheme);
        await session.Page.EmulateMediaAsync(new() { Media = media == "print" ? Media.Print : Media.Screen, ColorScheme = scheme });
        await session.GoToAsync("/articles/" + slug);
        var values = await session.Page.EvaluateAsync<string[]>("""
            () => {
                const svg = document.querySelector('figure svg.figure-art');
                const body = svg.querySelector('.fb path, .fb');
                return [getComputedStyle(svg).stroke, getComputedStyle(document.body).color,
                        getComputedStyle(body).fill, getComputedStyle(document.body).backgroundColor];
            }
            """);
        return new Colours(values[0], values[1], values[2], values[3]);
    }

    private static async Task<IReadOnlyList<Drawing>> Drawings(IPage page) =>
        await page.EvaluateAsync<Drawing[]>("""
            () => Array.from(document.querySelectorAll('main figure')).map((figure, index) => {
                const svg = figure.querySelector('svg');
                const box = svg.getBoundingClientRect();
                const parent = getComputedStyle(figure.parentElement);
                const column = figure.parentElement.clientWidth - parseFloat(parent.paddingLeft) - parseFloat(parent.paddingRight);
                const view = svg.viewBox.baseVal;
                return {
                    index, caption: (figure.querySelector('figcaption') || {}).textContent || '',
                    widthAttribute: Number(svg.getAttribute('width')), heightAttribute: Number(svg.getAttribute('height')),
                    width: box.width, height: box.height, right: box.right, columnWidth: column,
                    viewBoxRatio: view.width / view.height,
                };
            })
            """);

    private sealed record Colours(string Line, string Text, string Fill, string Background);

    // Settable properties: Playwright fills evaluation results through a parameterless constructor.
    private sealed class Drawing
    {
        public int Index { get; set; }
        public string Caption { get; set; } = "";
        public double WidthAttribute { get; set; }
        public double HeightAttribute { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double Right { get; set; }
        public double ColumnWidth { get; set; }
        public double ViewBoxRatio { get; set; }
    }
}
