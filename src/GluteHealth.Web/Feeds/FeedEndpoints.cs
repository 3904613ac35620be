using System.Text;
using GluteHealth.Content;
using GluteHealth.Web.Http;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and the Atom feed at <c>/feed.xml</c>.</summary>
    public static IEndpointRouteBuilder MapSiteFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (ContentStore content, SiteUrls urls) =>
            Results.Bytes(SitemapWriter.Write(content.Current, urls), "application/xml; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet("/feed.xml", (ContentStore content, SiteUrls urls, IOptions<SiteOptions> site) =>
            Results.Bytes(AtomFeedWriter.Write(content.Current, urls, site.Value), "application/atom+xml; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        endpoints.MapGet("/robots.txt", (SiteUrls urls) =>
            Results.Bytes(Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n"),
                "text/plain; charset=utf-8"))
            .CacheOutput(CachePolicies.Feeds);

        return endpoints;
    }
}
