using System.Collections.Immutable;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GluteHealth.Content.Search;

/// <summary>
/// One in-memory Lucene index and its writer, and the chain of views opened on it. Each change updates only the
/// documents of the articles it names and opens a near-real-time reader that shares every unchanged segment.
/// </summary>
/// <remarks>
/// The latest view and the one before it stay open (a request that read the previous snapshot just before a
/// swap can still search it); older views are retired, so their readers close once their last search ends.
/// </remarks>
internal sealed class IndexLineage
{
    private readonly System.Threading.Lock _lock = new();
    private readonly IndexWriter _writer;
    private readonly SearchDocument _document = new();
    private IndexView _latest;
    private IndexView? _previous;

    public IndexLineage(IEnumerable<Article> articles)
    {
        _writer = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            // Segments as plain files: a compound file is read through buffered slices that take a lock and copy
            // on every refill, which was a large share of a search that reads most of the postings.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        });
        var bySlug = ImmutableDictionary.CreateBuilder<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            bySlug[article.Slug] = article;
        }
        foreach (var article in bySlug.Values)
        {
            _writer.AddDocument(_document.For(article));
        }
        var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        _latest = new IndexView(this, reader, bySlug.ToImmutable(), Lengths(reader));
    }

    public IndexView Latest => Volatile.Read(ref _latest);

    /// <summary>The view after the change, or null when <paramref name="from"/> is no longer the latest view.</summary>
    public IndexView? TryApply(IndexView from, IReadOnlyCollection<Article> removed, IReadOnlyCollection<Article> added)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(from, _latest))
            {
                return null;
            }
            // What the index holds for every slug named, and one new article per slug.
            var gone = removed.Concat(added).Select(a => a.Slug).Distinct(StringComparer.Ordinal)
                .Select(slug => from.Articles.GetValueOrDefault(slug)).OfType<Article>().ToArray();
            var fresh = added.DistinctBy(a => a.Slug, StringComparer.Ordinal).ToArray();
            foreach (var article in gone)
            {
                _writer.DeleteDocuments(SlugTerm(article.Slug));
            }
            foreach (var article in fresh)
            {
                _writer.AddDocument(_document.For(article));
            }
            var reader = DirectoryReader.OpenIfChanged(from.Reader, _writer, applyAllDeletes: true);
            if (reader is null)
            {
                from.Reader.IncRef();
                reader = from.Reader;
            }
            var next = new IndexView(this, reader, Change(from.Articles, removed, added), Lengths(from.FieldLengths, gone, fresh));
            _previous?.Retire();
            _previous = from;
            Volatile.Write(ref _latest, next);
            return next;
        }
    }

    public static ImmutableDictionary<string, Article> Change(
        ImmutableDictionary<string, Article> articles, IReadOnlyCollection<Article> removed, IReadOnlyCollection<Article> added) =>
        articles.RemoveRange(removed.Select(a => a.Slug))
            .SetItems(added.DistinctBy(a => a.Slug, StringComparer.Ordinal).Select(a => KeyValuePair.Create(a.Slug, a)));

    /// <summary>
    /// The term counts of a new index, read from it: every token the analyser keeps is one occurrence, so each
    /// field's total of term frequencies is the number of terms in it, with no second analysis of every text.
    /// </summary>
    private static ImmutableDictionary<string, long> Lengths(DirectoryReader reader)
    {
        var sums = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var (name, _, _) in SearchFields.Weighted)
        {
            sums[name] = reader.Leaves.Sum(leaf => Math.Max(0, leaf.AtomicReader.GetTerms(name)?.SumTotalTermFreq ?? 0));
        }
        return sums.ToImmutable();
    }

    private static ImmutableDictionary<string, long> Lengths(
        ImmutableDictionary<string, long> lengths, IEnumerable<Article> removed, IEnumerable<Article> added)
    {
        var sums = lengths.ToBuilder();
        foreach (var (article, sign) in removed.Select(a => (a, -1)).Concat(added.Select(a => (a, 1))))
        {
            foreach (var (name, _, text) in SearchFields.Weighted)
            {
                sums[name] = sums.GetValueOrDefault(name) + sign * text(article).Sum(t => (long)SearchTerms.Tokens(t).Count);
            }
        }
        return sums.ToImmutable();
    }

    private static Term SlugTerm(string slug) => new(SearchFields.Slug, slug);
}
