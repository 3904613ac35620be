using GluteHealth.Content;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// One example of every kind of page the site serves, by name (the names are stable theory data and
/// screenshot file names; the paths come from the content the site is actually serving).
/// </summary>
public sealed class SitePages(ContentSnapshot content)
{
    public static readonly string[] Names =
        ["home", "topics", "topic", "article", "search", "search-no-results", "not-found", "about"];

    public string FirstTopicKey => content.Topics[0].Key;

    /// <summary>The first article listed under the first topic, the one a visitor reaches by clicking through from home.</summary>
    public string ArticleSlug => content.ArticlesIn(FirstTopicKey)[0].Slug;

    public (string Path, int Status) this[string name] => name switch
    {
        "home" => ("/", 200),
        "topics" => ("/topics", 200),
        "topic" => ("/topics/" + FirstTopicKey, 200),
        "article" => ("/articles/" + ArticleSlug, 200),
        "search" => ("/search?q=cramp", 200),
        "search-no-results" => ("/search?q=zzzzqqq", 200),
        "not-found" => ("/does-not-exist", 404),
        "about" => ("/about", 200),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown page name"),
    };
}
