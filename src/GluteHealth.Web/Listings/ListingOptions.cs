namespace GluteHealth.Web.Listings;

/// <summary>How long listings, the feed and sitemap files may grow, bound from the <c>Listings</c> section.</summary>
public sealed class ListingOptions
{
    public const string SectionName = "Listings";

    /// <summary>Articles per page of a topic or an A–Z letter.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>How many of the newest articles the home page shows.</summary>
    public int HomeNewestCount { get; set; } = 10;

    /// <summary>How many topics the home and not-found pages show with their descriptions (the topic index shows all).</summary>
    public int BrowseTopicCount { get; set; } = 12;

    /// <summary>
    /// How many topics the header links to on every page (the first ones in the topic list's order); the rest are a
    /// click away on the topic index, so a library of hundreds of topics does not put hundreds of links on each page.
    /// </summary>
    public int HeaderTopicCount { get; set; } = 8;

    /// <summary>How many of the newest articles the Atom feed carries.</summary>
    public int FeedEntryCount { get; set; } = 50;

    /// <summary>URLs per sitemap file (the protocol allows 50,000); past it <c>/sitemap.xml</c> becomes a sitemap index.</summary>
    public int SitemapUrlsPerFile { get; set; } = 50_000;
}
