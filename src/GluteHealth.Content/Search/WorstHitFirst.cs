namespace GluteHealth.Content.Search;

/// <summary>
/// The result order, reversed: more matched terms, then a higher score, then title, then slug rank first, so the
/// hit this puts first is the one a bounded queue drops. Slugs are unique, so no two hits compare equal and any
/// selection by this order gives the same page as a full sort.
/// </summary>
/// <param name="titleRanks">Each document's place in title, then slug order (<see cref="IndexView.TitleRanks"/>).</param>
internal sealed class WorstHitFirst(int[] titleRanks) : IComparer<RankedHit>
{
    public int Compare(RankedHit x, RankedHit y)
    {
        var order = x.Matched.CompareTo(y.Matched);
        order = order != 0 ? order : x.Score.CompareTo(y.Score);
        return order != 0 ? order : titleRanks[y.Doc].CompareTo(titleRanks[x.Doc]);
    }
}
