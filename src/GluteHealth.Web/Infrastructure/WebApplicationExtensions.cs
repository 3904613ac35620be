using GluteHealth.Content;
using GluteHealth.Web.Feeds;
using GluteHealth.Web.Health;
using GluteHealth.Web.Http;
using GluteHealth.Web.Images;
using GluteHealth.Web.Logging;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

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
        app.EvictCachedPagesWhenContentChanges();

        app.UseMiddleware<StartupGateMiddleware>();
        app.UseSiteRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseMiddleware<CanonicalUrlMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRouting();
        app.UseMiddleware<ImmutableAssetsMiddleware>();
        // Cached answers come before the search rate limit: it guards the work of answering a new query, and a
        // cached page costs no such work.
        if (app.Services.GetRequiredService<IOptions<HttpCachingOptions>>().Value.OutputCacheEnabled)
        {
            app.UseOutputCache();
        }
        app.UseRateLimiter();
        app.UseWhen(IsCachedEndpoint, branch => branch.UseMiddleware<PageValidatorsMiddleware>());
        app.UseResponseCompression();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapSiteFeeds();
        app.MapSiteImages();
        app.MapSiteHealthChecks();
        return app;
    }

    // Cached pages and feeds get validators here; static assets come with their own ETags (and pre-compressed).
    private static bool IsCachedEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<IOutputCachePolicy>() is not null || metadata.GetMetadata<OutputCacheAttribute>() is not null);

    private static void EvictCachedPagesWhenContentChanges(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        // Only the pages a change touched: their keys already moved with the new snapshot (each page's version is in
        // its key), so this frees their memory rather than keeping them from being served.
        store.Changed += snapshot =>
        {
            foreach (var tag in PageTags.EvictedBy(snapshot.Change))
            {
                var eviction = cache.EvictByTagAsync(tag, CancellationToken.None).AsTask();
                eviction.ContinueWith(t => app.Logger.LogError(t.Exception, "Evicting cached pages tagged {Tag} failed", tag),
                    TaskContinuationOptions.OnlyOnFaulted);
            }
        };
    }
}
