using GluteHealth.Content;
using GluteHealth.Web;
using GluteHealth.Web.Listings;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// One example of every kind of page the site serves, by name (the names are stable theory data and
/// screenshot file names; the paths come from the content the site is actually serving).
/// </summary>
public sealed class SitePages(ContentSnapshot content)
{
    public static readonly string[] Names =
        ["home", "topics", "topic", "topic-page-2", "a-z", "a-z-letter", "article", "search", "search-no-results", "not-found", "about"];

    public string FirstTopicKey => content.Topics[0].Key;

    /// <summary>The first article listed under the first topic, the one a visitor reaches by clicking through from home.</summary>
    public string ArticleSlug => content.ArticlesIn(FirstTopicKey)[0].Slug;

    /// <summary>The first topic with more articles than fit one page (the browser site's page size is small).</summary>
    public string PaginatedTopicKey => content.Topics.First(t => content.ArticlesIn(t.Key).Count > SiteServer.PageSize).Key;

    /// <summary>The A–Z letter with the most articles.</summary>
    public string BusiestLetter => SnapshotListings.Of(content).Alphabet.Letters.MaxBy(l => l.Articles.Count)!.Key;

    public (string Path, int Status) this[string name] => name switch
    {
        "home" => ("/", 200),
        "topics" => ("/topics", 200),
        "topic" => ("/topics/" + FirstTopicKey, 200),
        "topic-page-2" => (SiteUrls.Topic(PaginatedTopicKey, 2), 200),
        "a-z" => (SiteUrls.AToZ, 200),
        "a-z-letter" => (SiteUrls.Letter(BusiestLetter), 200),
        "article" => ("/articles/" + ArticleSlug, 200),
        "search" => ("/search?q=cramp", 200),
        "search-no-results" => ("/search?q=zzzzqqq", 200),
        "not-found" => ("/does-not-exist", 404),
        "about" => ("/about", 200),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown page name"),
    };
}
