using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GluteHealth.Web.Tests;

/// <summary>Work the site leaves out of every request (see docs/performance.md, "What was measured").</summary>
public sealed class PerRequestWorkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void No_authentication_services_are_registered_so_no_authentication_middleware_runs_per_request()
    {
        Assert.Null(site.Services.GetService<IAuthenticationSchemeProvider>());
        Assert.Null(site.Services.GetService<IAuthenticationService>());
    }

    [Fact]
    public void Hosting_request_diagnostics_are_off_so_no_activity_or_log_scope_is_started_per_request()
    {
        var loggers = site.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware").IsEnabled(LogLevel.Error));
    }

    [Fact]
    public void Pages_ignore_antiforgery_tokens_and_save_no_temp_data_because_the_site_takes_no_posts_and_sets_no_cookies()
    {
        var pages = site.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<CompiledPageActionDescriptor>().ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page.FilterDescriptors, f => f.Filter is IgnoreAntiforgeryTokenAttribute));
        Assert.All(pages, page => Assert.DoesNotContain(page.FilterDescriptors, f => f.Filter is SaveTempDataAttribute));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha")]
    [InlineData("/search?q=alpha")]
    [InlineData("/articles/no-such-article")]
    public async Task No_page_sets_a_cookie(string path)
    {
        using var client = site.CreateReader();

        using var response = await client.GetAsync(path);

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
