using GluteHealth.Content;

namespace GluteHealth.Web.Http;

/// <summary>The output cache tags of content pages, and the tags a content change evicts.</summary>
public static class PageTags
{
    /// <summary>On every content page: evicted when every page may have changed (the topic list, shown on every page).</summary>
    public const string All = "content";

    public const string Listings = "listings";

    public static string Article(string slug) => "article:" + slug;

    public static string Topic(string key) => "topic:" + key;

    public static IEnumerable<string> EvictedBy(ContentChange change)
    {
        if (change.Everything)
        {
            return [All];
        }
        var tags = change.ArticleSlugs.Select(Article).Concat(change.TopicKeys.Select(Topic));
        return change.Listings ? tags.Append(Listings) : tags;
    }
}
