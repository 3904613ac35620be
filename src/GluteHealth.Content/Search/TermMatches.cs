using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GluteHealth.Content.Search;

/// <summary>
/// The live documents (top-level ids, ascending) one query term occurs in, in any field; the term's score in each:
/// every field's BM25 score with its boost, summed exactly as Lucene's <c>BooleanScorer</c> sums the clauses of a
/// <c>BooleanQuery</c> of the four fields' <c>TermQuery</c>s; and where the term first occurs in each one's body
/// (the start offset of its first position, which is where a snippet is cut).
/// </summary>
/// <remarks>
/// That scorer runs its clauses last first, adds their float scores into a double and rounds the sum to float
/// once; so does <see cref="Of"/>, so a term scores here bit for bit what the query would give it. The field
/// scores themselves come from Lucene's own term scorers with the searcher's live-document statistics.
/// </remarks>
internal sealed class TermMatches
{
    private readonly int[] _firstBodyOffsets;

    private TermMatches(int[] docs, float[] scores, int[] firstBodyOffsets)
    {
        Docs = docs;
        Scores = scores;
        _firstBodyOffsets = firstBodyOffsets;
    }

    public int[] Docs { get; }

    /// <summary>The term's score in <see cref="Docs"/>[i].</summary>
    public float[] Scores { get; }

    /// <summary>What the arrays hold, in bytes.</summary>
    public long Bytes => (sizeof(int) + sizeof(float) + sizeof(int)) * (long)Docs.Length;

    /// <summary>
    /// The start offset of the term's first occurrence in the body field of <paramref name="doc"/> (top-level id),
    /// or <see cref="Snippets.NoBodyMatch"/>. Offsets grow with positions, so the first position's is the smallest.
    /// </summary>
    public int FirstBodyOffsetIn(int doc)
    {
        var at = Array.BinarySearch(Docs, doc);
        return at < 0 ? Snippets.NoBodyMatch : _firstBodyOffsets[at];
    }

    public static TermMatches Of(IndexView view, string term)
    {
        var fields = SearchFields.Weighted;
        var weights = new Weight[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            weights[f] = view.Searcher.CreateNormalizedWeight(new TermQuery(new Term(fields[f].Name, term)) { Boost = fields[f].Boost });
        }
        var maxDoc = view.Reader.MaxDoc;
        var sums = ArrayPool<double>.Shared.Rent(maxDoc);
        var found = ArrayPool<bool>.Shared.Rent(maxDoc);
        var firsts = ArrayPool<int>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(sums, 0, maxDoc);
            Array.Clear(found, 0, maxDoc);
            Array.Fill(firsts, Snippets.NoBodyMatch, 0, maxDoc);
            var count = 0;
            foreach (var leaf in view.Reader.Leaves)
            {
                for (var f = fields.Length - 1; f >= 0; f--)
                {
                    var scorer = weights[f].GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    if (scorer is null)
                    {
                        continue;
                    }
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    {
                        var top = leaf.DocBase + doc;
                        if (!found[top])
                        {
                            found[top] = true;
                            count++;
                        }
                        sums[top] += scorer.GetScore();
                    }
                }
                ReadFirstBodyOffsets(leaf, term, firsts);
            }
            var docs = new int[count];
            var scores = new float[count];
            var firstBodyOffsets = new int[count];
            for (int doc = 0, i = 0; i < count; doc++)
            {
                if (found[doc])
                {
                    docs[i] = doc;
                    firstBodyOffsets[i] = firsts[doc];
                    scores[i++] = (float)sums[doc];
                }
            }
            return new TermMatches(docs, scores, firstBodyOffsets);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<bool>.Shared.Return(found);
            ArrayPool<int>.Shared.Return(firsts);
        }
    }

    private static void ReadFirstBodyOffsets(AtomicReaderContext leaf, string term, int[] firsts)
    {
        var terms = leaf.AtomicReader.GetTerms(SearchFields.Body)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(new BytesRef(term)))
        {
            return;
        }
        var postings = terms.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.OFFSETS);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            postings.NextPosition();
            firsts[leaf.DocBase + doc] = postings.StartOffset;
        }
    }
}
