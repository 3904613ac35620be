namespace GluteHealth.Content;

/// <summary>
/// What a snapshot changed relative to the one before it, in terms of the pages that show it: the article pages
/// (by slug or alias), the topic pages, and whether the listings (home, topic index, feed, sitemap, search) changed.
/// <see cref="Everything"/> means every page may have changed (the topic list, shown on every page, or a full load).
/// </summary>
public sealed record ContentChange(bool Everything, IReadOnlySet<string> ArticleSlugs, IReadOnlySet<string> TopicKeys, bool Listings)
{
    public static ContentChange None { get; } = new(false, new HashSet<string>(), new HashSet<string>(), false);

    public static ContentChange All { get; } = new(true, new HashSet<string>(), new HashSet<string>(), true);

    public bool IsEmpty => !Everything && !Listings && ArticleSlugs.Count == 0 && TopicKeys.Count == 0;
}
