using System.Collections.Concurrent;

namespace GluteHealth.Content.Related;

/// <summary>
/// A small number for each term, so that term sets are sorted arrays compared by merging. Shared by every snapshot
/// of the process; only the numbers' identity matters, never their order, so which thread saw a term first does not
/// change any related list.
/// </summary>
internal static class TermIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _last;

    public static int Of(string term) =>
        Ids.TryGetValue(term, out var id) ? id : Ids.GetOrAdd(term, _ => Interlocked.Increment(ref _last));
}
