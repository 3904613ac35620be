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
    private int _released;
    private Article?[]? _byDoc;

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
