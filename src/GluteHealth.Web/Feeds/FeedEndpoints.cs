using System.Text;
using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/sitemap.xml</c> (and its parts <c>/sitemap-{n}.xml</c> when split), <c>/robots.txt</c> and the Atom feed at <c>/feed.xml</c>.</summary>
    /// <remarks>
    /// Plain request delegates rather than route handlers with injected parameters: a route handler is compiled
    /// by RequestDelegateFactory (expression trees, form-binding converters) on the way to the first response.
    /// </remarks>
    public static IEndpointRouteBuilder MapSiteFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SiteUrls.Sitemap, context =>
        {
            var parts = SitemapParts(context);
            return WriteXmlAsync(context, parts.Count > 1
                ? SitemapWriter.WriteIndex(parts, Service<SiteUrls>(context))
                : SitemapWriter.Write(parts.SelectMany(p => p), Service<SiteUrls>(context)));
        }).CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet("/sitemap-{number}.xml", context =>
        {
            var parts = SitemapParts(context);
            // A site that fits one file has no parts: its sitemap.xml is the urlset.
            if (parts.Count < 2 || !PageNumber.TryParse(context.Request.RouteValues["number"] as string, out var number) || number > parts.Count)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return WriteXmlAsync(context, SitemapWriter.Write(parts[number - 1], Service<SiteUrls>(context)));
        }).CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet(SiteUrls.Feed, context =>
            WriteAsync(context, AtomFeedWriter.Write(Service<ContentStore>(context).Current, Service<SiteUrls>(context),
                    Service<IOptions<SiteOptions>>(context).Value, Service<IOptions<ListingOptions>>(context).Value.FeedEntryCount),
                "application/atom+xml; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet(SiteUrls.Robots, context =>
            WriteAsync(context, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nDisallow: {SiteUrls.Search}\n\nSitemap: {Service<SiteUrls>(context).Absolute(SiteUrls.Sitemap)}\n"),
                "text/plain; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        return endpoints;
    }

    private static IReadOnlyList<PublishedPage[]> SitemapParts(HttpContext context) =>
        Service<PublishedPages>(context).SitemapParts(Service<ContentStore>(context).Current);

    private static T Service<T>(HttpContext context) where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static Task WriteXmlAsync(HttpContext context, byte[] body) => WriteAsync(context, body, "application/xml; charset=utf-8");

    private static Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
