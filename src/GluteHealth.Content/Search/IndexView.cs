using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GluteHealth.Content.Search;

/// <summary>
/// One point-in-time view: a near-real-time reader over the writer's documents and the articles they stand for.
/// Owns one reference to the reader; every search takes another for its duration, so releasing the view while a
/// search runs closes the reader only after that search ends.
/// </summary>
internal sealed class IndexView
{
    private int _released;

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
