namespace GluteHealth.Content.Search;

/// <summary>
/// Keeps only the best <c>capacity</c> of the hits it is given, in result order (a bounded priority queue), so a
/// page costs a pass over the hits rather than a sort of all of them.
/// </summary>
internal sealed class TopHits(int capacity, WorstHitFirst order)
{
    private readonly PriorityQueue<RankedHit, RankedHit> _best = new(order);

    public void Add(RankedHit hit)
    {
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
