using GluteHealth.Content;

namespace GluteHealth.Web.Infrastructure;

public static class WebApplicationExtensions
{
    /// <summary>Loads the content before the site starts listening; a site with nothing to serve must not start.</summary>
    public static bool HasServableContent(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        if (!Directory.Exists(store.Folder))
        {
            app.Logger.LogCritical("The content folder {Folder} does not exist. Set Content:Path to the folder holding the articles.", store.Folder);
            return false;
        }
        if (store.Current.Articles.Count == 0)
        {
            app.Logger.LogCritical("The content folder {Folder} has no valid articles ({ProblemCount} problems; run the 'check' command to list them).",
                store.Folder, store.Current.Problems.Count);
            return false;
        }
        return true;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseMiddleware<CanonicalUrlMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRouting();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
