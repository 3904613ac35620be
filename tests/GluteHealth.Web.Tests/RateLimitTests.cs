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
