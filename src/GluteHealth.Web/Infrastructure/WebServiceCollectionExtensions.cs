using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Before AddRazorPages, so the framework's own setup finds the cookie named and does not derive a name from a
        // SHA-256 (which loads OpenSSL): every Razor view's HTML helper builds the antiforgery services, though this
        // site never issues an antiforgery cookie.
        services.Configure<AntiforgeryOptions>(options => options.Cookie.Name = ".GluteHealth.Antiforgery");
        services.AddRazorPages();
        services.RemoveSignInServices();
        services.WithoutPostAndCookieFiltersOnPages();
        services.WithoutKeyRingPreload();
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

    // Razor Pages put two filters on every page that this site has no use for: antiforgery validation (it takes no
    // form posts; any method but GET and HEAD is refused before routing) and TempData saving (it sets no cookies).
    // Without them an uncached page runs two filters fewer.
    private static void WithoutPostAndCookieFiltersOnPages(this IServiceCollection services)
    {
        services.RemoveImplementation(typeof(IPageApplicationModelProvider),
            "Microsoft.AspNetCore.Mvc.ApplicationModels.AutoValidateAntiforgeryPageApplicationModelProvider");
        services.Configure<MvcOptions>(options =>
        {
            foreach (var filter in options.Filters.OfType<SaveTempDataAttribute>().ToList())
            {
                options.Filters.Remove(filter);
            }
        });
    }

    // Razor Pages bring Data Protection (for antiforgery), whose hosted service loads or creates the key ring
    // before the site listens: System.Xml, OpenSSL and a key file under ~/.aspnet on the way to the first response.
    // The site sets no cookies and takes no form posts (non-GET/HEAD requests are refused), so nothing here ever
    // protects data; were something to, the key ring would still load on that first use.
    private static void WithoutKeyRingPreload(this IServiceCollection services) =>
        services.RemoveImplementation(typeof(IHostedService),
            "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");

    // The framework types removed here are internal, so they are named rather than referenced.
    private static void RemoveImplementation(this IServiceCollection services, Type serviceType, string implementationTypeName)
    {
        var registration = services.SingleOrDefault(d => d.ServiceType == serviceType
            && d.ImplementationType?.FullName == implementationTypeName);
        if (registration is not null)
        {
            services.Remove(registration);
        }
    }
}
