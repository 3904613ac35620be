using System.Net;
using System.Text.Json;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_healthy_with_the_article_count_when_content_is_loaded()
    {
        using var site = new SiteFactory();
        using var response = await site.CreateReader().GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(3, body.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Healthz_is_unhealthy_when_no_articles_are_loaded()
    {
        using var site = new SiteFactory();
        using var client = site.CreateReader();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        foreach (var file in Directory.EnumerateFiles(site.Content.Path, "*.md"))
        {
            File.Delete(file);
        }
        site.Store.Reload();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
