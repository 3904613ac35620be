using GluteHealth.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string, int, string> PagesWidthsAndSchemes => Matrix.Of(SitePages.Names);

    [BrowserTheory]
    [MemberData(nameof(PagesWidthsAndSchemes))]
    public async Task Page_has_no_WCAG_2_2_AA_violations_found_by_axe(string name, int width, string scheme)
    {
        await using var session = await site.OpenAsync(width, Matrix.Scheme(scheme));
        var (path, status) = site.Pages[name];
        await session.GoToAsync(path, status);

        var violations = await Axe.RunAsync(session.Page);

        var where = $"{path} at {width}px, {scheme}";
        if (violations.Count > 0)
        {
            output.WriteLine(Axe.Describe(where, violations));
        }
        Assert.True(violations.Count == 0, Axe.Describe(where, violations));
    }
}
