using System.Runtime.CompilerServices;
using GluteHealth.Content;

namespace GluteHealth.Web.Listings;

/// <summary>
/// The orderings the listings need beyond the snapshot's own (newest first, A–Z), worked out once per snapshot on
/// first use and dropped with it, so no request sorts or groups every article.
/// </summary>
public sealed class SnapshotListings
{
    private static readonly ConditionalWeakTable<ContentSnapshot, SnapshotListings> PerSnapshot = [];

    private readonly Lazy<IReadOnlyList<Article>> _newest;
    private readonly Lazy<AlphabetIndex> _alphabet;

    private SnapshotListings(ContentSnapshot snapshot)
    {
        _newest = new(() => snapshot.Articles
            .OrderByDescending(a => a.Reviewed)
            .ThenByDescending(a => a.Published)
            .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToArray());
        _alphabet = new(() => new AlphabetIndex(snapshot.Articles));
    }

    public static SnapshotListings Of(ContentSnapshot snapshot) => PerSnapshot.GetValue(snapshot, s => new SnapshotListings(s));

    /// <summary>Every article, newest first: by review date, then first publication, then title (then slug, so ties are stable).</summary>
    public IReadOnlyList<Article> Newest => _newest.Value;

    public AlphabetIndex Alphabet => _alphabet.Value;
}
