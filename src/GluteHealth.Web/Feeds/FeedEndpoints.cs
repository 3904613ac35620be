using System.Text;
using GluteHealth.Content;
using GluteHealth.Web.Http;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and the Atom feed at <c>/feed.xml</c>.</summary>
    /// <remarks>
    /// Plain request delegates rather than route handlers with injected parameters: a route handler is compiled
    /// by RequestDelegateFactory (expression trees, form-binding converters) on the way to the first response.
    /// </remarks>
    public static IEndpointRouteBuilder MapSiteFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", context =>
            WriteAsync(context, SitemapWriter.Write(Service<ContentStore>(context).Current, Service<SiteUrls>(context)), "application/xml; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet("/feed.xml", context =>
            WriteAsync(context, AtomFeedWriter.Write(Service<ContentStore>(context).Current, Service<SiteUrls>(context), Service<IOptions<SiteOptions>>(context).Value),
                "application/atom+xml; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet("/robots.txt", context =>
            WriteAsync(context, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: {Service<SiteUrls>(context).Absolute("/sitemap.xml")}\n"),
                "text/plain; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        return endpoints;
    }

    private static T Service<T>(HttpContext context) where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
