using System.Net;
using GluteHealth.Web.RequestLog;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_request_is_logged_with_its_path_and_final_status_but_never_its_query_string()
    {
        using var site = new LoggedSiteFactory(enabled: true);
        using var client = site.CreateReader();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=private+worry")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/no-such-article")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/alpha"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("/articles/alpha")).StatusCode);
        site.Services.GetRequiredService<RequestLogWriter>().Flush();

        var text = site.Output.Text;
        Assert.Contains("INF] GluteHealth.Web.RequestLog: HTTP GET /articles/alpha responded 200 in ", text);
        Assert.Contains("HTTP GET /search responded 200", text);
        Assert.Contains("HTTP GET /articles/no-such-article responded 404", text);
        Assert.Contains("HTTP HEAD /articles/alpha responded 200", text);
        Assert.Contains("HTTP DELETE /articles/alpha responded 405", text);
        Assert.DoesNotContain("private", text);
    }

    [Fact]
    public async Task Switching_the_request_log_off_writes_no_lines()
    {
        using var site = new LoggedSiteFactory(enabled: false);
        using var client = site.CreateReader();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
        site.Services.GetRequiredService<RequestLogWriter>().Flush();

        Assert.Empty(site.Output.Written);
    }

    private sealed class LoggedSiteFactory(bool enabled) : SiteFactory
    {
        public RecordingStream Output { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RequestLog:Enabled", enabled ? "true" : "false");
            builder.ConfigureTestServices(services => services.AddSingleton(provider => new RequestLogWriter(
                provider.GetRequiredService<RequestLogQueue>(), provider.GetRequiredService<IOptions<RequestLogOptions>>(), Output)));
        }
    }
}
