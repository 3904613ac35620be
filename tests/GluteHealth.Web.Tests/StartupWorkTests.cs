using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
}
