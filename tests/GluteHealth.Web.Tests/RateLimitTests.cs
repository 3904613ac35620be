using System.Net;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GluteHealth.Web.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Searching_too_often_answers_429_with_retry_after_while_pages_still_work()
    {
        using var site = new LimitedSiteFactory();
        using var client = site.CreateReader();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync($"/search?q=term{i}")).StatusCode);
        }
        using var rejected = await client.GetAsync("/search?q=another");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many searches", await rejected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
    }

    [Fact]
    public async Task A_search_already_answered_is_served_from_the_cache_even_past_the_limit()
    {
        using var site = new LimitedSiteFactory();
        using var client = site.CreateReader();
        using var first = await client.GetAsync("/search?q=term");
        var firstBody = await first.Content.ReadAsStringAsync();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync($"/search?q=other{i}")).Dispose();
        }

        using var repeated = await client.GetAsync("/search?q=term");
        using var fresh = await client.GetAsync("/search?q=fresh");

        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(firstBody, await repeated.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, fresh.StatusCode);
    }

    private sealed class LimitedSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Search:PermitLimit", "3");
            builder.UseSetting("RateLimiting:Search:WindowSeconds", "60");
        }
    }
}
