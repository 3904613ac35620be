using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GluteHealth.Web.Tests;

public sealed class TitleTests(TitleTests.RenamedSiteFactory site) : IClassFixture<TitleTests.RenamedSiteFactory>
{
    private const string Name = "Hip Notes";

    [Theory]
    [InlineData("/", "Plain-language glute health")]
    [InlineData("/articles/alpha", "Alpha ache")]
    [InlineData("/topics", "All topics")]
    [InlineData("/topics/aches", null)]
    [InlineData("/about", "About")]
    [InlineData("/search", "Search")]
    [InlineData("/search?q=alpha", null)]
    [InlineData("/no-such-page", "Page not found")]
    public async Task Every_title_ends_with_the_configured_site_name_once(string path, string? own)
    {
        using var client = site.CreateReader();
        using var response = await client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.EndsWith($" | {Name}", page.Title);
        Assert.Equal(1, page.Title!.Split(Name).Length - 1);
        Assert.DoesNotContain("GluteHealth", page.Title);
        if (own is not null)
        {
            Assert.Equal($"{own} | {Name}", page.Title);
        }
        Assert.Equal(page.Title, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/topics")]
    [InlineData("/search")]
    [InlineData("/no-such-page")]
    public async Task Descriptions_that_name_the_site_use_the_configured_name(string path)
    {
        using var client = site.CreateReader();
        using var response = await client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        var description = page.QuerySelector("meta[name='description']")?.GetAttribute("content");
        Assert.Contains(Name, description);
        Assert.DoesNotContain("GluteHealth", description);
    }

    public sealed class RenamedSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:Name", Name);
        }
    }
}
