using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Tests;

/// <summary>Work the site leaves out of its start-up (see docs/performance.md, "Start-up").</summary>
public sealed class StartupWorkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void No_hosted_service_loads_the_data_protection_key_ring_before_the_site_listens()
    {
        var dataProtection = typeof(KeyManagementOptions).Assembly;

        Assert.DoesNotContain(site.Services.GetServices<IHostedService>(), s => s.GetType().Assembly == dataProtection);
        Assert.NotNull(site.Services.GetService<IDataProtectionProvider>());
    }

    [Fact]
    public void The_antiforgery_cookie_is_named_before_the_framework_would_derive_a_name_from_a_sha256()
    {
        var setups = site.Services.GetServices<IConfigureOptions<AntiforgeryOptions>>().ToList();

        Assert.IsType<ConfigureNamedOptions<AntiforgeryOptions>>(setups[0]);
        Assert.Equal(".GluteHealth.Antiforgery", site.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name);
    }
}
