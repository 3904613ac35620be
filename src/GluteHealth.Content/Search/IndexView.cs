using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GluteHealth.Content.Search;

/// <summary>
/// One point-in-time view: a near-real-time reader over the writer's documents and the articles they stand for.
/// Owns one reference to the reader; every search takes another for its duration, so releasing the view while a
/// search runs closes the reader only after that search ends.
/// </summary>
internal sealed class IndexView
{
    /// <summary>About twice what the terms of the real articles' 200 commonest words take over a 10,000-article
    /// library (12.6 MB; a word in every article costs 120 KB there).</summary>
    private const long TermMatchBudgetBytes = 24L << 20;

    private readonly TermMatchCache _termMatches = new(TermMatchBudgetBytes);
    private int _released;
    private Article?[]? _byDoc;
    private int[]? _titleRanks;

    public IndexView(IndexLineage lineage, DirectoryReader reader, ImmutableDictionary<string, Article> articles,
        ImmutableDictionary<string, long> fieldLengths)
    {
        Lineage = lineage;
        Reader = reader;
        Articles = articles;
        FieldLengths = fieldLengths;
        Searcher = new LiveStatisticsSearcher(reader, fieldLengths);
    }

    /// <summary>The number of terms in each field over the live documents (BM25's average field length).</summary>
    public ImmutableDictionary<string, long> FieldLengths { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public ImmutableDictionary<string, Article> Articles { get; }

    public IndexLineage Lineage { get; }

    /// <summary>
    /// The article a live document (top-level id) stands for. Kept once looked up: ranking ties are resolved by
    /// title, and a query that matches most of the library would otherwise read the slug doc value of every tie.
    /// </summary>
    public Article ArticleAt(int doc)
    {
        var byDoc = LazyInitializer.EnsureInitialized(ref _byDoc, () => new Article?[Reader.MaxDoc]);
        return byDoc[doc] ??= Lookup(doc);
    }

    /// <summary>Where <paramref name="term"/> occurs and what it scores there (kept while the budget lasts).</summary>
    public TermMatches MatchesOf(string term) => _termMatches.GetOrAdd(term, t => TermMatches.Of(this, t));

    /// <summary>
    /// For each live document (by top-level id), where it comes among all live documents ordered by title, then
    /// slug: ranking ties are common (a word in every article scores alike in many), and comparing two numbers is
    /// cheaper than comparing two titles for every tie. Worked out on the first search of this view.
    /// </summary>
    public int[] TitleRanks => Volatile.Read(ref _titleRanks) ?? LazyInitializer.EnsureInitialized(ref _titleRanks, RankByTitle);

    private int[] RankByTitle()
    {
        var live = new List<int>(Reader.NumDocs);
        foreach (var leaf in Reader.Leaves)
        {
            var liveDocs = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (liveDocs is null || liveDocs.Get(doc))
                {
                    live.Add(leaf.DocBase + doc);
                }
            }
        }
        var ordered = live.Select(doc => (Doc: doc, Article: ArticleAt(doc)))
            .OrderBy(d => d.Article.Title, StringComparer.Ordinal)
            .ThenBy(d => d.Article.Slug, StringComparer.Ordinal)
            .ToArray();
        var ranks = new int[Reader.MaxDoc];
        Array.Fill(ranks, int.MaxValue);
        for (var i = 0; i < ordered.Length; i++)
        {
            ranks[ordered[i].Doc] = i;
        }
        return ranks;
    }

    private Article Lookup(int doc)
    {
        var leaf = Reader.Leaves[ReaderUtil.SubIndex(doc, Reader.Leaves)];
        var slug = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Slug).Get(doc - leaf.DocBase, slug);
        return Articles[slug.Utf8ToString()];
    }

    /// <summary>A reference for one search, or false once the reader is closed.</summary>
    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();

    /// <summary>Drops the view's own reference, once.</summary>
    public void Retire()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Reader.DecRef();
        }
    }
}
