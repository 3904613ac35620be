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
        services.AddSiteHttp(configuration);
        services.AddSiteHealthChecks();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
