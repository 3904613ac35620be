using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace GluteHealth.Content.Related;

/// <summary>
/// Three related articles per article: those sharing the most topics first, then the most of the article's
/// distinctive vocabulary, then by title and slug (see <see cref="RelatedRanking"/>). A list depends only on the
/// article and the articles sharing a topic with it, except for a <em>loner</em> (fewer than three topic neighbours),
/// whose list also draws on library-wide term postings and title order.
/// </summary>
/// <remarks>
/// Immutable per snapshot and always complete, but lazy: a first load works out no article's terms. A list is
/// worked out the first time its article is asked for, and with it the term tables of the article's topics.
/// <see cref="Apply"/> carries the lists and tables a change cannot move over to the next snapshot: it drops only the
/// tables of the changed articles' topics, and the lists of the changed articles, of every article sharing a topic
/// with them, and of the loners — the same articles whose pages a change names (<c>ArticleSets.Change</c>).
/// </remarks>
internal sealed class RelatedArticles
{
    public const int Count = 3;

    internal static readonly Comparer<Article> ByTitle = Comparer<Article>.Create((a, b) =>
    {
        var order = string.CompareOrdinal(a.Title, b.Title);
        return order != 0 ? order : string.CompareOrdinal(a.Slug, b.Slug);
    });

    private readonly ImmutableDictionary<string, Article> _bySlug;
    private readonly ImmutableDictionary<string, ImmutableSortedSet<string>> _byTopic;
    private readonly ImmutableDictionary<string, TopicTermTable> _carriedTables;
    private readonly ImmutableDictionary<string, Article[]> _carriedLists;
    private readonly ConcurrentDictionary<string, Lazy<TopicTermTable>> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Article[]> _lists = new(StringComparer.Ordinal);
    private readonly Lazy<TermPostings> _postings;

    private RelatedArticles(
        ImmutableDictionary<string, Article> bySlug, ImmutableSortedSet<Article> ordered,
        ImmutableDictionary<string, ImmutableSortedSet<string>> byTopic, ImmutableHashSet<string> loners,
        ImmutableDictionary<string, TopicTermTable> carriedTables, ImmutableDictionary<string, Article[]> carriedLists,
        Lazy<TermPostings> postings)
    {
        _bySlug = bySlug;
        Ordered = ordered;
        _byTopic = byTopic;
        Loners = loners;
        _carriedTables = carriedTables;
        _carriedLists = carriedLists;
        _postings = postings;
    }

    public static RelatedArticles Empty { get; } = new(
        ImmutableDictionary.Create<string, Article>(StringComparer.Ordinal), ImmutableSortedSet.Create<Article>(ByTitle),
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal), ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, TopicTermTable>(StringComparer.Ordinal), ImmutableDictionary.Create<string, Article[]>(StringComparer.Ordinal),
        new Lazy<TermPostings>(() => TermPostings.Build([])));

    /// <summary>The slugs of the articles with fewer than three topic neighbours: any change may move their lists.</summary>
    public ImmutableHashSet<string> Loners { get; }

    /// <summary>Every article, by title and slug: the last resort of a list.</summary>
    internal ImmutableSortedSet<Article> Ordered { get; }

    /// <summary>The library-wide postings, built on first need.</summary>
    internal TermPostings Postings => _postings.Value;

    public static RelatedArticles Build(IEnumerable<Article> articles) => Empty.Apply([], [.. articles]);

    /// <summary>The index after removing <paramref name="removedOrChanged"/> (by slug) and adding <paramref name="addedOrChanged"/>.</summary>
    public RelatedArticles Apply(IReadOnlyCollection<Article> removedOrChanged, IReadOnlyCollection<Article> addedOrChanged)
    {
        var bySlug = _bySlug.ToBuilder();
        var ordered = Ordered.ToBuilder();
        var byTopic = _byTopic.ToBuilder();
        var moved = new HashSet<string>(StringComparer.Ordinal);
        var topics = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<Article>();
        var added = addedOrChanged.DistinctBy(a => a.Slug).ToArray();

        foreach (var slug in removedOrChanged.Select(a => a.Slug).Concat(added.Select(a => a.Slug)))
        {
            moved.Add(slug);
            if (bySlug.Remove(slug, out var old))
            {
                removed.Add(old);
                ordered.Remove(old);
                SlugSets.Post(byTopic, old.TopicKeys.Distinct(), old.Slug, add: false);
                topics.UnionWith(old.TopicKeys);
            }
        }
        foreach (var article in added)
        {
            bySlug[article.Slug] = article;
            ordered.Add(article);
            SlugSets.Post(byTopic, article.TopicKeys.Distinct(), article.Slug, add: true);
            topics.UnionWith(article.TopicKeys);
        }
        // Whoever stays in a changed topic had the changed article as a neighbour before or has it now.
        foreach (var topic in topics)
        {
            moved.UnionWith(byTopic.GetValueOrDefault(topic) ?? []);
        }

        var loners = Loners.ToBuilder();
        foreach (var slug in moved)
        {
            if (bySlug.TryGetValue(slug, out var article) && IsLoner(article, byTopic))
            {
                loners.Add(slug);
            }
            else
            {
                loners.Remove(slug);
            }
        }
        var lonersAfter = loners.ToImmutable();
        moved.UnionWith(Loners);
        moved.UnionWith(lonersAfter);

        var tables = _carriedTables.SetItems(_tables.Where(t => t.Value.IsValueCreated).Select(t => KeyValuePair.Create(t.Key, t.Value.Value)))
            .RemoveRange(topics);
        var lists = _carriedLists.SetItems(_lists).RemoveRange(moved);
        var articles = bySlug.ToImmutable();
        var postings = _postings.IsValueCreated
            ? new Lazy<TermPostings>(_postings.Value.Apply(removed, added))
            : new Lazy<TermPostings>(() => TermPostings.Build([.. articles.Values]));
        return new(articles, ordered.ToImmutable(), byTopic.ToImmutable(), lonersAfter, tables, lists, postings);
    }

    public IReadOnlyList<Article> For(Article article)
    {
        if (!_bySlug.TryGetValue(article.Slug, out var current))
        {
            return [];
        }
        return _carriedLists.TryGetValue(current.Slug, out var carried)
            ? carried
            : _lists.GetOrAdd(current.Slug, _ => RelatedRanking.Rank(this, current));
    }

    /// <summary>
    /// Builds every topic's term table that is not built yet, one topic at a time, on a background thread. A large
    /// library's first page views then rank their lists from ready tables instead of each building up to three.
    /// Tables it builds before a change are carried to the next snapshot like any other. It runs at normal priority:
    /// below it (as the search build runs, <see cref="BackgroundWork"/>), a site under load from its first minute
    /// never finished it, and every page view kept building tables (an edit at 10,000 articles under load was served
    /// after 5-9 s instead of under 1 s). Each table is built outside the dictionary's <see cref="Lazy{T}"/> and
    /// offered to it when done, so a request never waits for this thread: it builds the table itself.
    /// </summary>
    public Task WarmTablesAsync() => Task.Run(() =>
    {
        foreach (var topic in _byTopic.Keys.Order(StringComparer.Ordinal))
        {
            if (_carriedTables.ContainsKey(topic) || _tables.ContainsKey(topic))
            {
                continue;
            }
            var table = TopicTermTable.Of([.. MembersOf(topic).Select(ArticleWith)], inParallel: false);
            _tables.TryAdd(topic, new Lazy<TopicTermTable>(table));
        }
    });

    /// <summary>Whether the list of <paramref name="slug"/> is worked out in this snapshot (tests observe laziness with it).</summary>
    internal bool HasListFor(string slug) => _carriedLists.ContainsKey(slug) || _lists.ContainsKey(slug);

    /// <summary>Whether the term table of <paramref name="topic"/> is built in this snapshot.</summary>
    internal bool HasTableFor(string topic) => _carriedTables.ContainsKey(topic) || _tables.TryGetValue(topic, out var table) && table.IsValueCreated;

    internal Article ArticleWith(string slug) => _bySlug[slug];

    internal ImmutableSortedSet<string> MembersOf(string topic) => _byTopic.GetValueOrDefault(topic) ?? [];

    internal TopicTermTable TableOf(string topic) =>
        _carriedTables.TryGetValue(topic, out var carried)
            ? carried
            : _tables.GetOrAdd(topic, key => new Lazy<TopicTermTable>(() => TopicTermTable.Of([.. MembersOf(key).Select(ArticleWith)]))).Value;

    private static bool IsLoner(Article article, ImmutableDictionary<string, ImmutableSortedSet<string>>.Builder byTopic)
    {
        var topics = article.TopicKeys.Distinct().Select(t => byTopic.GetValueOrDefault(t) ?? []).ToArray();
        return !topics.Any(members => members.Count > Count)
            && topics.SelectMany(members => members).Where(slug => slug != article.Slug).Distinct().Count() < Count;
    }
}
