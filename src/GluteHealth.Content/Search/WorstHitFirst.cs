namespace GluteHealth.Content.Search;

/// <summary>
/// The result order, reversed: more matched terms, then a higher score, then title, then slug rank first, so the
/// hit this puts first is the one a bounded queue drops. Slugs are unique, so no two hits compare equal and any
/// selection by this order gives the same page as a full sort.
/// </summary>
internal sealed class WorstHitFirst(IndexView view) : IComparer<RankedHit>
{
    public int Compare(RankedHit x, RankedHit y)
    {
        var order = x.Matched.CompareTo(y.Matched);
        order = order != 0 ? order : x.Score.CompareTo(y.Score);
        if (order != 0)
        {
            return order;
        }
        var first = view.ArticleAt(x.Doc);
        var second = view.ArticleAt(y.Doc);
        order = string.CompareOrdinal(second.Title, first.Title);
        return order != 0 ? order : string.CompareOrdinal(second.Slug, first.Slug);
    }
}
