using System.Collections.Frozen;
using GluteHealth.Content.Images;
using GluteHealth.Content.Loading;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>
/// Everything the site serves, loaded and rendered once, immutable. A reload builds a new snapshot and swaps it
/// in whole, so a request sees either the old content or the new, never a mixture.
/// </summary>
public sealed class ContentSnapshot
{
    /// <summary>
    /// From this many articles the first search index is built in the background, so the first pages do not wait
    /// for it (search answers "starting" until it is ready); below it the index is built before the snapshot is served.
    /// </summary>
    private const int BackgroundSearchBuildFrom = 1000;

    private readonly FrozenDictionary<string, Article> _bySlug;
    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly FrozenDictionary<string, IReadOnlyList<Article>> _byTopic;
    private readonly RelatedArticles _related;
    private FrozenDictionary<(string Topic, string Slug), int>? _topicPositions;

    internal ContentSnapshot(
        string folder, long version, IReadOnlyList<Topic> topics, IReadOnlyList<Article> articles,
        IReadOnlyList<ContentProblem> problems, IReadOnlyDictionary<string, LoadedFile> files, TopicList topicList,
        ContentImages images, DateTimeOffset contentModifiedAt, ContentSnapshot? previous = null, Task? holdSearchBuild = null)
    {
        Folder = folder;
        Version = version;
        VersionText = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Topics = topics;
        Articles = articles.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ToArray();
        Problems = problems;
        Files = files;
        TopicList = topicList;
        Images = images;
        ContentModifiedAt = contentModifiedAt;
        LastModified = articles.Count == 0
            ? DateOnly.MinValue
            : articles.Max(a => a.Reviewed);
        _bySlug = Articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        _aliases = Articles.SelectMany(a => a.Aliases.Select(alias => (alias, a.Slug)))
            .ToFrozenDictionary(p => p.alias, p => p.Slug, StringComparer.Ordinal);
        _topics = topics.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);
        _byTopic = topics.ToFrozenDictionary(
            t => t.Key,
            t => (IReadOnlyList<Article>)Articles.Where(a => a.TopicKeys.Contains(t.Key)).ToArray(),
            StringComparer.Ordinal);
        (_related, Search) = Indexes(previous, holdSearchBuild);
    }

    /// <summary>
    /// Related articles and search, updated from the previous snapshot's for the articles that changed (an unchanged
    /// file keeps its article object). The first load indexes search in the background when it is large or held back.
    /// </summary>
    private (RelatedArticles, SearchIndex) Indexes(ContentSnapshot? previous, Task? holdSearchBuild)
    {
        if (previous is null || previous.Articles.Count == 0)
        {
            var search = holdSearchBuild is not null || Articles.Count >= BackgroundSearchBuildFrom
                ? SearchIndex.StartBuild(Articles, holdSearchBuild)
                : SearchIndex.Build(Articles);
            return (RelatedArticles.Build(Articles), search);
        }
        var removed = previous.Articles.Where(a => !ReferenceEquals(FindArticle(a.Slug), a)).ToArray();
        var added = Articles.Where(a => !ReferenceEquals(previous.FindArticle(a.Slug), a)).ToArray();
        return (previous._related.Apply(removed, added), previous.Search.Apply(removed, added));
    }

    public static ContentSnapshot Empty { get; } =
        new("", 0, [], [], [], new Dictionary<string, LoadedFile>(), TopicList.Empty, ContentImages.Empty, DateTimeOffset.UnixEpoch);

    public string Folder { get; }

    /// <summary>Increases with every reload; part of cache keys and ETags.</summary>
    public long Version { get; }

    /// <summary><see cref="Version"/> as text, made once per snapshot rather than once per cache lookup.</summary>
    public string VersionText { get; }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Every servable article, ordered by title.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    public SearchIndex Search { get; }

    /// <summary>The drawings in the content folder's images/ folder that can be used and served.</summary>
    public ContentImages Images { get; }

    /// <summary>When the content folder last changed (newest file or folder time, whole seconds): HTTP Last-Modified.</summary>
    public DateTimeOffset ContentModifiedAt { get; }

    /// <summary>The latest review date of any article.</summary>
    public DateOnly LastModified { get; }

    internal IReadOnlyDictionary<string, LoadedFile> Files { get; }

    internal TopicList TopicList { get; }

    public Article? FindArticle(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The current slug of an article that used to live at <paramref name="oldSlug"/>.</summary>
    public string? FindAlias(string oldSlug) => _aliases.GetValueOrDefault(oldSlug);

    public Topic? FindTopic(string key) => _topics.GetValueOrDefault(key);

    public IReadOnlyList<Article> ArticlesIn(string topicKey) => _byTopic.GetValueOrDefault(topicKey) ?? [];

    public IReadOnlyList<Topic> TopicsOf(Article article) =>
        article.TopicKeys.Select(FindTopic).OfType<Topic>().ToArray();

    public IReadOnlyList<Article> RelatedTo(Article article) => _related.For(article);

    /// <summary>The articles before and after <paramref name="article"/> in the topic's list (ordered by title).</summary>
    public (Article? Previous, Article? Next) NeighboursIn(string topicKey, Article article)
    {
        if (!TopicPositions.TryGetValue((topicKey, article.Slug), out var index))
        {
            return (null, null);
        }
        var list = ArticlesIn(topicKey);
        return (index > 0 ? list[index - 1] : null, index < list.Count - 1 ? list[index + 1] : null);
    }

    // Each article's place in each of its topics, built on first use (one pass over the topic lists) so a request
    // for an article's neighbours never scans a topic.
    private FrozenDictionary<(string Topic, string Slug), int> TopicPositions =>
        LazyInitializer.EnsureInitialized(ref _topicPositions, () => _byTopic
            .SelectMany(topic => topic.Value.Select((article, index) => (Key: (topic.Key, article.Slug), Index: index)))
            .ToFrozenDictionary(p => p.Key, p => p.Index));
}
