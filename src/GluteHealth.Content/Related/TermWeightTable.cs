using System.Numerics;

namespace GluteHealth.Content.Related;

/// <summary>
/// One article's term weights in a small open-addressing table, so a candidate's overlap is one or two probes per
/// candidate term instead of a merge of two sorted lists (whose unpredictable branches were most of a related
/// list's cost). Small enough to stay in the CPU's first-level cache while an article's candidates are scored;
/// a table indexed by term id would not, once a library's vocabulary runs to tens of thousands of terms.
/// </summary>
internal sealed class TermWeightTable
{
    private readonly int[] _keys;
    private readonly long[] _weights;
    private readonly int _shift;

    /// <param name="terms">The article's term ids (non-negative, distinct).</param>
    /// <param name="weights">The weight of each of them, in the same order.</param>
    public TermWeightTable(int[] terms, long[] weights)
    {
        // At most a quarter full: a probe rarely goes past the first slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, terms.Length * 4));
        _shift = 32 - BitOperations.Log2((uint)size);
        _keys = new int[size];
        _weights = new long[size];
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = Slot(terms[i]);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }
            _keys[slot] = terms[i] + 1; // 0 marks an empty slot
            _weights[slot] = weights[i];
        }
    }

    /// <summary>The sum of the weights of the terms <paramref name="candidate"/> shares with the article.</summary>
    public long Overlap(int[] candidate)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        long sum = 0;
        foreach (var term in candidate)
        {
            var key = term + 1;
            var slot = Slot(term);
            int found;
            while ((found = keys[slot]) != 0)
            {
                if (found == key)
                {
                    sum += _weights[slot];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return sum;
    }

    private int Slot(int term) => (int)(((uint)term * 0x9E3779B1u) >> _shift);
}
