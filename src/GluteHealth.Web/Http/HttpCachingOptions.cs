namespace GluteHealth.Web.Http;

/// <summary>How long browsers and shared caches may keep pages. Bound from <c>HttpCaching</c>.</summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    public int PageMaxAgeSeconds { get; set; } = 300;

    public int StaleWhileRevalidateSeconds { get; set; } = 86400;

    /// <summary>How long the server's output cache keeps a page; content changes evict it sooner.</summary>
    public int OutputCacheSeconds { get; set; } = 3600;

    /// <summary>
    /// Whether rendered pages are kept in the server's output cache. Off renders every request from scratch
    /// (ETags, 304s and compression still apply); for measuring what a render costs, and for the export, which
    /// asks for every page once.
    /// </summary>
    public bool OutputCacheEnabled { get; set; } = true;

    /// <summary>
    /// Whether concurrent requests for a page that is not cached yet wait for one render instead of each rendering
    /// it. Every request, cache hits included, then passes through the output cache's lock-protected dispatcher.
    /// </summary>
    public bool OutputCacheLocking { get; set; } = true;

    public int SearchOutputCacheSeconds { get; set; } = 300;

    /// <summary>
    /// The most the output cache holds, in MB of response bodies; past it the least recently used pages go
    /// (and are rendered again from the resident snapshot when asked for).
    /// </summary>
    public int OutputCacheSizeLimitMegabytes { get; set; } = 100;
}
