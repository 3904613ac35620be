using System.Buffers;
using System.Numerics;

namespace GluteHealth.Content.Search;

/// <summary>
/// Every live document with a query term, how many of the terms it has and its score, from each term's
/// <see cref="TermMatches"/>: the score is what a <c>BooleanQuery</c> of one clause per term gives (Lucene's
/// <c>BooleanScorer</c> adds the clauses last first into a double and rounds to float), the rank is
/// <see cref="WorstHitFirst"/>'s order.
/// </summary>
internal static class QueryHits
{
    /// <summary>The best <paramref name="wanted"/> hits, best first, and how many hits there are in all.</summary>
    public static (RankedHit[] Best, int Total) Best(IndexView view, IReadOnlyList<TermMatches> terms, int wanted)
    {
        var maxDoc = view.Reader.MaxDoc;
        var sums = ArrayPool<double>.Shared.Rent(maxDoc);
        var masks = ArrayPool<int>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(sums, 0, maxDoc);
            Array.Clear(masks, 0, maxDoc);
            for (var i = terms.Count - 1; i >= 0; i--)
            {
                var (docs, scores, bit) = (terms[i].Docs, terms[i].Scores, 1 << i);
                for (var j = 0; j < docs.Length; j++)
                {
                    sums[docs[j]] += scores[j];
                    masks[docs[j]] |= bit;
                }
            }
            var best = new TopHits(wanted, new WorstHitFirst(view.TitleRanks));
            var total = 0;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (masks[doc] != 0)
                {
                    total++;
                    best.Add(new RankedHit(doc, BitOperations.PopCount((uint)masks[doc]), (float)sums[doc]));
                }
            }
            return (best.Best(), total);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(masks);
        }
    }
}
