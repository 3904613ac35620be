using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GluteHealth.Web.Health;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Seo;

namespace GluteHealth.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSiteWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<StructuredData>();
        services.AddSiteListings(configuration);
        services.AddRazorPages(options =>
            // The site takes no form posts (any method but GET and HEAD is refused before routing), so no page
            // validates an antiforgery token.
            options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute()));
        services.RemoveSignInServices();
        services.WithoutTempDataFilter();
        services.AddSiteHttp(configuration);
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

    // Razor Pages save TempData after every page, through a global filter; this site sets no cookies, so it goes.
    private static void WithoutTempDataFilter(this IServiceCollection services) =>
        services.Configure<MvcOptions>(options =>
        {
            foreach (var filter in options.Filters.OfType<SaveTempDataAttribute>().ToList())
            {
                options.Filters.Remove(filter);
            }
        });
}
