using System.Net;
using System.Text.Json;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>The log as an operator reads it: the built site's standard output, read through a pipe.</summary>
public sealed class RequestLoggingTests
{
    private const string ForgedPrefix = "[12:00:00 INF]";
    private const string ForgingPath = "/articles/%0A%5B12:00:00%20INF%5D%20forged%0D%0A%5B12:00:00%20INF%5D%20again";

    [Fact]
    public async Task Every_request_is_one_json_event_with_method_path_status_and_elapsed_but_never_the_query_string()
    {
        await using var site = await SiteProcess.StartAsync("Production", $"--Content:Path={RepositoryPaths.TestContent}");
        using var client = new HttpClient { BaseAddress = site.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=private+worry")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/no-such-article")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/alpha"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("/articles/alpha")).StatusCode);
        Assert.True(await site.WroteAsync(l => l.Contains("\"DELETE\"")), string.Join("\n", site.Lines));

        var events = site.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // SiteProcess asks /healthz until the site answers.
        var requests = events.Where(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() != "/healthz")
            .Select(e => (Method: e.GetProperty("RequestMethod").GetString(), Path: e.GetProperty("RequestPath").GetString(),
                Status: e.GetProperty("StatusCode").GetInt32(), Elapsed: e.GetProperty("Elapsed").GetDouble()))
            .ToList();
        Assert.Equal(
            [("GET", "/articles/alpha", 200), ("GET", "/search", 200), ("GET", "/articles/no-such-article", 404),
             ("HEAD", "/articles/alpha", 200), ("DELETE", "/articles/alpha", 405)],
            requests.Select(r => (r.Method, r.Path, r.Status)));
        Assert.All(requests, r => Assert.True(r.Elapsed >= 0));
        Assert.All(requests, r => Assert.Equal(Math.Round(r.Elapsed, 4), r.Elapsed));
        Assert.All(events.Where(e => e.TryGetProperty("RequestPath", out _)), e => Assert.False(e.TryGetProperty("@r", out _), e.ToString()));
        Assert.DoesNotContain(site.Lines, l => l.Contains("private"));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_path_carrying_newlines_and_a_fake_prefix_cannot_start_a_log_line(string environment)
    {
        await using var site = await SiteProcess.StartAsync(environment, $"--Content:Path={RepositoryPaths.TestContent}");
        using var client = new HttpClient { BaseAddress = site.Address };

        await client.GetAsync(ForgingPath);
        Assert.True(await site.WroteAsync(l => l.Contains("forged")), string.Join("\n", site.Lines));

        Assert.DoesNotContain(site.Lines, l => l.StartsWith(ForgedPrefix, StringComparison.Ordinal));
        Assert.Contains(site.Lines, l => l.Contains("\\n[12:00:00 INF] forged\\r\\n[12:00:00 INF] again"));
    }

    [Fact]
    public async Task The_development_log_is_one_readable_line_per_event()
    {
        await using var site = await SiteProcess.StartAsync("Development", $"--Content:Path={RepositoryPaths.TestContent}");
        using var client = new HttpClient { BaseAddress = site.Address };

        await client.GetAsync("/articles/alpha?q=private");

        Assert.True(await site.WroteAsync(l => l.Contains("/articles/alpha")), string.Join("\n", site.Lines));
        var line = Assert.Single(site.Lines, l => l.Contains("/articles/alpha"));
        Assert.Matches("""^\[\d\d:\d\d:\d\d INF\] Serilog\.AspNetCore\.RequestLoggingMiddleware: HTTP "GET" "/articles/alpha" responded 200 in [0-9.]+ ms$""", line);
    }

    [Fact]
    public async Task Lines_still_buffered_are_written_when_the_site_stops()
    {
        // A buffering time far beyond the test: only the flush on shutdown can write the request's event.
        await using var site = await SiteProcess.StartAsync("Production", $"--Content:Path={RepositoryPaths.TestContent}",
            "--Serilog:WriteTo:Stdout:Args:bufferingTimeLimit=01:00:00");
        using var client = new HttpClient { BaseAddress = site.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/beta")).StatusCode);
        await site.StopAsync();

        Assert.Contains(site.Lines, l => l.Contains("\"RequestPath\":\"/articles/beta\""));
    }

    [Fact]
    public async Task Switching_request_logging_off_leaves_the_other_lines()
    {
        await using var site = await SiteProcess.StartAsync("Production", $"--Content:Path={RepositoryPaths.TestContent}",
            "--RequestLog:Enabled=false");
        using var client = new HttpClient { BaseAddress = site.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
        await site.StopAsync();

        Assert.Contains(site.Lines, l => l.Contains("Application is shutting down"));
        Assert.DoesNotContain(site.Lines, l => l.Contains("RequestPath"));
    }
}
