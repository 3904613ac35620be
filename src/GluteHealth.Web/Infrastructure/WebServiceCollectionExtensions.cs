using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GluteHealth.Web.Health;
using GluteHealth.Web.Http;
using GluteHealth.Web.RequestLog;
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
        services.RemoveSignInServices();
        services.AddSiteHttp(configuration);
        services.AddRequestLog(configuration);
        services.AddSiteHealthChecks();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    // Razor Pages registers authentication services although this site has no sign-in, and with them registered
    // WebApplication puts the authentication middleware in front of every request: a service scope, a handler
    // provider and scheme lookups per request for nothing. Without them it is left out.
    private static void RemoveSignInServices(this IServiceCollection services)
    {
        services.RemoveAll<IAuthenticationSchemeProvider>();
        services.RemoveAll<IAuthenticationHandlerProvider>();
        services.RemoveAll<IAuthenticationService>();
        services.RemoveAll<IClaimsTransformation>();
    }
}
