using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GluteHealth.Content.Search;

/// <summary>
/// Counts every matching document and keeps only the best <c>capacity</c> of them in result order (a bounded
/// priority queue), so a page costs a pass over the hits rather than a sort of all of them.
/// </summary>
internal sealed class TopHitsCollector(int capacity, int[] matchedTerms, WorstHitFirst order) : ICollector
{
    private readonly PriorityQueue<RankedHit, RankedHit> _best = new(order);
    private Scorer? _scorer;
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        TotalHits++;
        var top = _docBase + doc;
        var hit = new RankedHit(top, System.Numerics.BitOperations.PopCount((uint)matchedTerms[top]), _scorer!.GetScore());
        if (_best.Count < capacity)
        {
            _best.Enqueue(hit, hit);
        }
        else if (capacity > 0 && order.Compare(hit, _best.Peek()) > 0)
        {
            _best.EnqueueDequeue(hit, hit);
        }
    }

    /// <summary>The kept hits, best first; empties the queue.</summary>
    public RankedHit[] Best()
    {
        var best = new RankedHit[_best.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = _best.Dequeue();
        }
        return best;
    }
}
