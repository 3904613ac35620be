using GluteHealth.Content;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Listings;

/// <summary>
/// The one list of what the site publishes for a snapshot: the sitemap lists its pages and the static export writes
/// its files, so neither can miss a page the other has (a topic's page 3, an A–Z letter).
/// </summary>
public sealed class PublishedPages(IOptions<ListingOptions> options)
{
    private readonly ListingOptions _options = options.Value;

    /// <summary>Every HTML page a visitor or crawler may land on: home, topics and their pages, A–Z, articles, about.</summary>
    public IReadOnlyList<PublishedPage> Pages(ContentSnapshot snapshot)
    {
        var newest = snapshot.LastModified;
        var pages = new List<PublishedPage>(snapshot.Articles.Count + snapshot.Topics.Count + 64)
        {
            new(SiteUrls.Home, newest),
            new(SiteUrls.Topics, newest),
        };
        foreach (var topic in snapshot.Topics)
        {
            AddListing(pages, snapshot.ArticlesIn(topic.Key), n => SiteUrls.Topic(topic.Key, n), newest, includeEmpty: true);
        }
        pages.Add(new(SiteUrls.AToZ, newest));
        foreach (var letter in SnapshotListings.Of(snapshot).Alphabet.Letters)
        {
            AddListing(pages, letter.Articles, n => SiteUrls.Letter(letter.Key, n), newest, includeEmpty: false);
        }
        pages.AddRange(snapshot.Articles.Select(a => new PublishedPage(SiteUrls.Article(a.Slug), a.Reviewed)));
        pages.Add(new(SiteUrls.About, newest));
        return pages;
    }

    /// <summary>The sitemap's pages split into files of at most <see cref="ListingOptions.SitemapUrlsPerFile"/> URLs.</summary>
    public IReadOnlyList<PublishedPage[]> SitemapParts(ContentSnapshot snapshot) =>
        Pages(snapshot).Chunk(UrlsPerSitemapFile).ToArray();

    /// <summary>
    /// Every path the static export writes: the pages, search, the feed, the sitemap (and its parts), robots.txt and
    /// every drawing.
    /// </summary>
    public IReadOnlyList<string> Files(ContentSnapshot snapshot)
    {
        var pages = Pages(snapshot);
        var parts = ListingPage.PagesFor(pages.Count, UrlsPerSitemapFile);
        return
        [
            .. pages.Select(p => p.Path),
            SiteUrls.Search, SiteUrls.Feed, SiteUrls.Sitemap,
            .. parts > 1 ? Enumerable.Range(1, parts).Select(SiteUrls.SitemapPart) : [],
            SiteUrls.Robots,
            .. snapshot.Images.All.Select(i => i.Url),
        ];
    }

    private int UrlsPerSitemapFile => Math.Max(1, _options.SitemapUrlsPerFile);

    private void AddListing(List<PublishedPage> pages, IReadOnlyList<Article> articles, Func<int, string> pathOf, DateOnly newest, bool includeEmpty)
    {
        if (articles.Count == 0)
        {
            if (includeEmpty)
            {
                pages.Add(new(pathOf(1), newest));
            }
            return;
        }
        var size = Math.Max(1, _options.PageSize);
        for (var start = 0; start < articles.Count; start += size)
        {
            var reviewed = DateOnly.MinValue;
            for (var i = start; i < Math.Min(start + size, articles.Count); i++)
            {
                reviewed = articles[i].Reviewed > reviewed ? articles[i].Reviewed : reviewed;
            }
            pages.Add(new(pathOf(start / size + 1), reviewed));
        }
    }
}
