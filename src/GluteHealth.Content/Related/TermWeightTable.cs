namespace GluteHealth.Content.Related;

/// <summary>
/// One article's term weights laid out by term id, so a candidate's overlap is a lookup per candidate term instead
/// of a merge of two sorted lists (whose unpredictable branches were most of a related list's cost). The array is
/// kept per thread and cleared after use: a list takes no allocation proportional to the vocabulary.
/// </summary>
internal sealed class TermWeightTable : IDisposable
{
    [ThreadStatic]
    private static long[]? t_byTerm;

    private readonly int[] _terms;
    private readonly long[] _byTerm;

    /// <param name="terms">The article's term ids, ascending.</param>
    /// <param name="weights">The weight of each of them, in the same order.</param>
    public TermWeightTable(int[] terms, long[] weights)
    {
        _terms = terms;
        var size = terms.Length == 0 ? 0 : terms[^1] + 1;
        _byTerm = t_byTerm is { } kept && kept.Length >= size ? kept : new long[Math.Max(size, 2 * (t_byTerm?.Length ?? 0))];
        t_byTerm = null; // a table in use is never handed to a second table on the same thread
        for (var i = 0; i < terms.Length; i++)
        {
            _byTerm[terms[i]] = weights[i];
        }
    }

    /// <summary>The sum of the weights of the terms <paramref name="candidate"/> shares with the article.</summary>
    public long Overlap(int[] candidate)
    {
        var byTerm = _byTerm;
        long sum = 0;
        foreach (var term in candidate)
        {
            if ((uint)term < (uint)byTerm.Length)
            {
                sum += byTerm[term];
            }
        }
        return sum;
    }

    public void Dispose()
    {
        foreach (var term in _terms)
        {
            _byTerm[term] = 0;
        }
        t_byTerm = _byTerm;
    }
}
