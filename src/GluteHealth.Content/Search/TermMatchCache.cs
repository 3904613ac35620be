using System.Collections.Concurrent;

namespace GluteHealth.Content.Search;

/// <summary>
/// One view's <see cref="TermMatches"/> by term, up to a memory budget: the words people search for most are the
/// ones in most articles, whose postings cost the most to score, and a view's scores never change. When the
/// budget is spent the cache starts again empty, so what it holds follows what is being searched.
/// </summary>
internal sealed class TermMatchCache(long budgetBytes)
{
    /// <summary>What an entry costs beside its arrays (dictionary entry, term, objects), roughly.</summary>
    private const int EntryOverheadBytes = 160;

    private readonly ConcurrentDictionary<string, TermMatches> _byTerm = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _lock = new();
    private long _bytes;

    public TermMatches GetOrAdd(string term, Func<string, TermMatches> compute)
    {
        if (_byTerm.TryGetValue(term, out var cached))
        {
            return cached;
        }
        var computed = compute(term);
        var cost = EntryOverheadBytes + 2L * term.Length + computed.Bytes;
        lock (_lock)
        {
            if (_byTerm.ContainsKey(term))
            {
                return computed;
            }
            if (_bytes + cost > budgetBytes)
            {
                _byTerm.Clear();
                _bytes = 0;
            }
            if (cost <= budgetBytes)
            {
                _byTerm[term] = computed;
                _bytes += cost;
            }
        }
        return computed;
    }
}
