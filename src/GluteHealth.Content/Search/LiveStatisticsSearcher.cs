using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GluteHealth.Content.Search;

/// <summary>
/// Scores with statistics of the live documents only. Lucene's own counts include deleted documents until their
/// segment is merged, so an index updated in place would rank slightly differently from one built from scratch;
/// with these, both give the same scores. A segment without deletions answers from its term dictionary; only a
/// segment with deleted documents has its postings counted.
/// </summary>
internal sealed class LiveStatisticsSearcher : IndexSearcher
{
    private readonly IReadOnlyDictionary<string, long> _fieldLengths;

    public LiveStatisticsSearcher(IndexReader reader, IReadOnlyDictionary<string, long> fieldLengths) : base(reader)
    {
        _fieldLengths = fieldLengths;
        Similarity = new BM25Similarity();
    }

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        long documents = 0;
        long occurrences = 0;
        foreach (var leaf in IndexReader.Leaves)
        {
            if (!leaf.AtomicReader.HasDeletions)
            {
                documents += leaf.AtomicReader.DocFreq(term);
                occurrences += Math.Max(0, leaf.AtomicReader.TotalTermFreq(term));
                continue;
            }
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                documents++;
                occurrences += docs.Freq;
            }
        }
        return new TermStatistics(term.Bytes, documents, occurrences);
    }

    public override CollectionStatistics CollectionStatistics(string field) =>
        new(field, IndexReader.NumDocs, -1, _fieldLengths.GetValueOrDefault(field), -1);
}
