using GluteHealth.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class StylesheetTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>Every layout, contrast and dark-mode check means something only if the browser got the real stylesheet.</summary>
    [BrowserFact]
    public async Task The_browser_receives_the_whole_stylesheet()
    {
        await using var session = await site.OpenAsync();
        await session.GoToAsync("/");

        var sheets = await session.Page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href)");
        var siteCss = Assert.Single(sheets, href => new Uri(href).AbsolutePath.StartsWith("/css/site.", StringComparison.Ordinal));

        // fetch() sends the browser's Accept-Encoding, as the <link> did.
        var received = await session.Page.EvaluateAsync<string>("href => fetch(href).then(r => r.text())", siteCss);
        var onDisk = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "GluteHealth.Web", "wwwroot", "css", "site.css"));
        output.WriteLine($"{siteCss}: {received.Length} characters received, {onDisk.Length} on disk");
        Assert.True(onDisk.TrimStart('\uFEFF') == received.TrimStart('\uFEFF'),
            $"{siteCss} reached the browser as {received.Length} characters, but wwwroot/css/site.css has {onDisk.Length}");
    }
}
