namespace GluteHealth.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSiteWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddRazorPages();
        services.AddRouting(options => options.LowercaseUrls = true);
        return services;
    }
}
