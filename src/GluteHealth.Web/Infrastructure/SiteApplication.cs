using GluteHealth.Web.Logging;

namespace GluteHealth.Web.Infrastructure;

/// <summary>Builds the site the same way for serving and for exporting.</summary>
public static class SiteApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name is pinned so the static assets manifest is found even when another process
        // (a test host) is the entry assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SiteApplication).Assembly.GetName().Name,
        });
        // A build output keeps wwwroot's compressed variants under obj/ and finds them through this manifest in any
        // environment, not only Development; a publish folder has no such manifest, so there it changes nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSiteLogging(builder.Configuration);
        builder.Services.AddSiteContent(builder.Configuration, builder.Environment);
        builder.Services.AddSiteWeb(builder.Configuration);
        configure?.Invoke(builder);
        return builder.Build();
    }
}
