using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
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
        // Before AddRazorPages, so the framework's own setup finds the cookie named and does not derive a name from a
        // SHA-256 (which loads OpenSSL): every Razor view's HTML helper builds the antiforgery services, though this
        // site never issues an antiforgery cookie.
        services.Configure<AntiforgeryOptions>(options => options.Cookie.Name = ".GluteHealth.Antiforgery");
        services.AddRazorPages();
        services.RemoveSignInServices();
        services.WithoutPostAndCookieFiltersOnPages();
        services.WithoutKeyRingPreload();
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

    // Razor Pages put two filters on every page that this site has no use for: antiforgery validation (it takes no
    // form posts; any method but GET and HEAD is refused before routing) and TempData saving (it sets no cookies).
    // Building them on the first page request builds the antiforgery and TempData services, whose cookie name is a
    // SHA-256: OpenSSL loaded on the way to the first response, and two filters run on every uncached page.
    private static void WithoutPostAndCookieFiltersOnPages(this IServiceCollection services)
    {
        var antiforgery = services.SingleOrDefault(d => d.ServiceType == typeof(IPageApplicationModelProvider)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.Mvc.ApplicationModels.AutoValidateAntiforgeryPageApplicationModelProvider");
        if (antiforgery is not null)
        {
            services.Remove(antiforgery);
        }
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
