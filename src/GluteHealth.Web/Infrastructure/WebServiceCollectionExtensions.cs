using GluteHealth.Web.Health;
using GluteHealth.Web.Http;
using GluteHealth.Web.Seo;

namespace GluteHealth.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSiteWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<StructuredData>();
        services.AddRazorPages();
        services.WithoutKeyRingPreload();
        services.AddSiteHttp(configuration);
        services.AddSiteHealthChecks();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    // Razor Pages bring Data Protection (for antiforgery), whose hosted service loads or creates the key ring
    // before the site listens: System.Xml, OpenSSL and a key file under ~/.aspnet on the way to the first response.
    // The site sets no cookies and takes no form posts (non-GET/HEAD requests are refused), so nothing here ever
    // protects data; were something to, the key ring would still load on that first use.
    private static void WithoutKeyRingPreload(this IServiceCollection services)
    {
        var preload = services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        if (preload is not null)
        {
            services.Remove(preload);
        }
    }
}
