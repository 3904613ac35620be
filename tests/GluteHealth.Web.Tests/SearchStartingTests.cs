using System.Net;
using GluteHealth.Content;
using GluteHealth.Testing;
using GluteHealth.Web.Infrastructure;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GluteHealth.Web.Tests;

public sealed class SearchStartingTests
{
    [Fact]
    public async Task Search_answers_503_with_retry_after_until_its_index_is_built_while_pages_are_served()
    {
        using var site = new HeldBackSearchSiteFactory();
        using var client = site.CreateReader();

        using var starting = await client.GetAsync("/search?q=alpha");
        using var article = await client.GetAsync("/articles/alpha");
        using var form = await client.GetAsync("/search");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
        Assert.True(starting.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Search is starting, try again in a moment", await starting.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("Related articles", await article.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        site.Hold.SetResult();
        await site.Store.Current.Search.WhenReady;

        using var ready = await client.GetAsync("/search?q=alpha");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var page = Html.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Contains("/articles/alpha", page.QuerySelectorAll("ol.search-results h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_search_arriving_just_before_the_index_is_ready_waits_for_it_instead_of_answering_503()
    {
        using var site = new HeldBackSearchSiteFactory();
        using var client = site.CreateReader();

        var search = client.GetAsync("/search?q=alpha");
        await Task.Delay(100);
        site.Hold.SetResult();
        using var answer = await search;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Contains("/articles/alpha", page.QuerySelectorAll("ol.search-results h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Readiness_waits_for_the_search_index_while_liveness_does_not()
    {
        using var site = new HeldBackSearchSiteFactory();
        using var client = site.CreateReader();

        using var liveWhileBuilding = await client.GetAsync("/healthz");
        using var readyWhileBuilding = await client.GetAsync("/readyz");
        site.Hold.SetResult();
        await site.Store.Current.Search.WhenReady;
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, liveWhileBuilding.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileBuilding.StatusCode);
        Assert.Contains("search index is being built", await readyWhileBuilding.Content.ReadAsStringAsync());
        Assert.Equal("no-store", readyWhileBuilding.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task The_first_search_index_is_built_after_the_site_has_sent_its_first_answer()
    {
        await using var app = StartableSite(waitForFirstAnswer: TimeSpan.FromMinutes(10));
        var search = app.Services.GetRequiredService<ContentStore>().Current.Search;
        await app.StartAsync();

        var builtBeforeAnyAnswer = await Task.WhenAny(search.WhenReady, Task.Delay(500)) == search.WhenReady;
        using var client = app.GetTestServer().CreateClient();
        using var article = await client.GetAsync("/articles/alpha");
        await search.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.False(builtBeforeAnyAnswer);
        Assert.True(search.IsReady);
    }

    [Fact]
    public async Task The_first_search_index_is_built_a_moment_after_start_when_no_request_comes()
    {
        await using var app = StartableSite(waitForFirstAnswer: TimeSpan.FromMilliseconds(200));
        var search = app.Services.GetRequiredService<ContentStore>().Current.Search;
        var beforeStart = await Task.WhenAny(search.WhenReady, Task.Delay(500)) == search.WhenReady;

        await app.StartAsync();
        await search.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));
        await app.StopAsync();

        Assert.False(beforeStart);
        Assert.True(search.IsReady);
    }

    [Fact]
    public async Task A_search_as_the_first_request_after_a_start_gets_its_results_not_a_503()
    {
        await using var app = StartableSite(waitForFirstAnswer: TimeSpan.FromMinutes(10));
        await app.StartAsync();
        using var client = app.GetTestServer().CreateClient();

        using var answer = await client.GetAsync("/search?q=alpha");
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Contains("/articles/alpha", page.QuerySelectorAll("ol.search-results h2 a").Select(a => a.GetAttribute("href")));
    }

    // The program's own host (SiteApplication and UseSite), on a test server started by the test.
    private static WebApplication StartableSite(TimeSpan waitForFirstAnswer)
    {
        var app = SiteApplication.Build(
            [
                $"--Content:Path={RepositoryPaths.TestContent}",
                $"--Content:FirstSearchIndexWaitMilliseconds={waitForFirstAnswer.TotalMilliseconds}",
                "--Serilog:MinimumLevel:Default=Warning",
            ],
            builder => builder.WebHost.UseTestServer());
        app.UseSite();
        return app;
    }

    private sealed class HeldBackSearchSiteFactory : SiteFactory
    {
        public TaskCompletionSource Hold { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override bool WaitsForSearchIndex => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(sp =>
                new ContentLoader(sp.GetRequiredService<IArticleCompiler>(), holdSearchBuild: Hold.Task)));
        }
    }
}
