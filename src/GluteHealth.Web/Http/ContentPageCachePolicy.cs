using GluteHealth.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Http;

/// <summary>
/// Keys a cached page by the content version in which that page last changed (not the snapshot's version, or
/// every change would miss every page) and by negotiated encoding, and tags it with what it shows, so a change
/// evicts only the pages it touched. The page's version in the key means a request that began before a reload
/// can never store an old page where a new request would find it.
/// </summary>
/// <remarks>
/// The encoding is the framework's own choice (the same provider the compression middleware asks), so a page is
/// never stored under an encoding it was not sent in, whatever the Accept-Encoding header says.
/// What a page shows follows from its route: a <c>slug</c> is an article's page (its text, related articles and
/// neighbours), a <c>key</c> a topic's pages; any other page is a listing (home, topic index, feed, sitemap,
/// search and the like), which any article change may alter.
/// </remarks>
public sealed class ContentPageCachePolicy(
    ContentStore content, IResponseCompressionProvider compression, IOptions<HttpCachingOptions> options) : IOutputCachePolicy
{
    private const string Identity = "identity";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var versions = content.Current.PageVersions;
        var route = context.HttpContext.Request.RouteValues;
        string version;
        if (route["slug"] is string slug)
        {
            context.Tags.Add(PageTags.Article(slug));
            version = versions.OfArticle(slug);
        }
        else if (route["key"] is string key)
        {
            context.Tags.Add(PageTags.Topic(key));
            version = versions.OfTopic(key);
        }
        else
        {
            context.Tags.Add(PageTags.Listings);
            version = versions.Listings;
        }
        context.Tags.Add(PageTags.All);
        context.AllowLocking = options.Value.OutputCacheLocking;
        context.CacheVaryByRules.VaryByValues["page-version"] = version;
        context.CacheVaryByRules.VaryByValues["encoding"] = ChosenEncoding(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    private string ChosenEncoding(HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? Identity
            : Identity;
}
