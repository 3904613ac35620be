using System.Text.RegularExpressions;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha")]
    [InlineData("/articles/missing")]
    [InlineData("/feed.xml")]
    [InlineData("/healthz")]
    [InlineData("/Articles/Alpha")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await _client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/topics")]
    [InlineData("/articles/beta")]
    [InlineData("/search?q=ache")]
    [InlineData("/about")]
    [InlineData("/nowhere")]
    public async Task Pages_have_no_inline_scripts_or_styles_that_the_policy_would_block(string path)
    {
        var html = await (await _client.GetAsync(path)).Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task Raw_html_in_markdown_is_shown_as_text_not_run()
    {
        var path = site.Content.File("evil.md");
        await File.WriteAllTextAsync(path, """
            ---
            title: Evil
            slug: evil
            summary: An article trying to smuggle markup.
            topics: [aches]
            published: 2026-01-01
            reviewed: 2026-01-01
            ---

            Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>.

            ## When to see a doctor

            :::see-a-doctor
            - it still hurts
            :::
            """);
        site.Store.Reload();

        var html = await _client.GetStringAsync("/articles/evil");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert", html);
        File.Delete(path);
        site.Store.Reload();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
