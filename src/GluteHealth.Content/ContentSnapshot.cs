using System.Collections.Immutable;
using GluteHealth.Content.Images;
using GluteHealth.Content.Loading;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>
/// Everything the site serves, loaded and rendered once, immutable. A reload builds a new snapshot and swaps it
/// in whole, so a request sees either the old content or the new, never a mixture. Its collections are
/// persistent: a reload shares every part a change did not touch with the snapshot before it.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly ImmutableSortedSet<Article> _articles;

    internal ContentSnapshot(SnapshotParts parts, long version, ContentChange change, PageVersions pageVersions)
    {
        Parts = parts;
        Folder = parts.Folder;
        Version = version;
        VersionText = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Change = change;
        PageVersions = pageVersions;
        _articles = parts.Articles;
        Problems = [.. parts.TopicProblems, .. parts.FileProblems.Values.SelectMany(p => p), .. parts.UnusedTopicProblems, .. parts.ImageProblems];
    }

    public static ContentSnapshot Empty { get; } = new(SnapshotParts.Empty, 0, ContentChange.None, PageVersions.Empty);

    public string Folder { get; }

    /// <summary>Increases with every reload.</summary>
    public long Version { get; }

    /// <summary><see cref="Version"/> as text, made once per snapshot rather than once per use.</summary>
    public string VersionText { get; }

    /// <summary>What this snapshot changed relative to the one before it: what caches of rendered pages evict.</summary>
    public ContentChange Change { get; }

    /// <summary>The version in which each page last changed, for cache keys.</summary>
    public PageVersions PageVersions { get; }

    public IReadOnlyList<Topic> Topics => Parts.TopicList.Topics;

    /// <summary>Every servable article, ordered by title.</summary>
    public IReadOnlyList<Article> Articles => _articles;

    public IReadOnlyList<ContentProblem> Problems { get; }

    public SearchIndex Search => Parts.Derived.Search;

    /// <summary>The drawings in the content folder's images/ folder that can be used and served.</summary>
    public ContentImages Images => Parts.Images;

    /// <summary>When the content folder last changed (newest file or folder time, whole seconds): HTTP Last-Modified.</summary>
    public DateTimeOffset ContentModifiedAt => Parts.ContentModifiedAt;

    /// <summary>The latest review date of any article.</summary>
    public DateOnly LastModified => Parts.LastReviewed;

    internal SnapshotParts Parts { get; }

    internal IReadOnlyDictionary<string, LoadedFile> Files => Parts.Files;

    internal TopicList TopicList => Parts.TopicList;

    public Article? FindArticle(string slug) => Parts.BySlug.GetValueOrDefault(slug);

    /// <summary>The current slug of an article that used to live at <paramref name="oldSlug"/>.</summary>
    public string? FindAlias(string oldSlug) => Parts.Aliases.GetValueOrDefault(oldSlug);

    public Topic? FindTopic(string key) => Parts.TopicsByKey.GetValueOrDefault(key);

    public IReadOnlyList<Article> ArticlesIn(string topicKey) =>
        Parts.TopicsByKey.ContainsKey(topicKey) && Parts.ByTopic.TryGetValue(topicKey, out var list) ? list : [];

    public IReadOnlyList<Topic> TopicsOf(Article article) =>
        article.TopicKeys.Select(FindTopic).OfType<Topic>().ToArray();

    public IReadOnlyList<Article> RelatedTo(Article article) => Parts.Derived.RelatedTo(article);

    /// <summary>The articles before and after <paramref name="article"/> in the topic's list (ordered by title).</summary>
    public (Article? Previous, Article? Next) NeighboursIn(string topicKey, Article article) =>
        Parts.ByTopic.TryGetValue(topicKey, out var list) ? SnapshotParts.Neighbours(list, article) : (null, null);
}
