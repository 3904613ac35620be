namespace GluteHealth.Web.Listings;

/// <summary>
/// The pager under a long listing and the <c>rel="prev"/"next"</c> links in its head. It names the first and last
/// page and those near the current one, so its size stays the same however many pages there are.
/// </summary>
public sealed record Pager(int Number, int PageCount, string? PreviousPath, string? NextPath, IReadOnlyList<PagerLink> Links)
{
    private const int Nearby = 2;

    public static Pager For(ListingPage page, Func<int, string> pathOf)
    {
        var links = new List<PagerLink>();
        for (var n = 1; n <= page.PageCount; n++)
        {
            if (n == 1 || n == page.PageCount || Math.Abs(n - page.Number) <= Nearby)
            {
                links.Add(new PagerLink(n, pathOf(n), n == page.Number));
                continue;
            }
            links.Add(new PagerLink(null, null, false));
            n = n < page.Number ? page.Number - Nearby - 1 : page.PageCount - 1;
        }
        return new Pager(
            page.Number,
            page.PageCount,
            page.Number > 1 ? pathOf(page.Number - 1) : null,
            page.Number < page.PageCount ? pathOf(page.Number + 1) : null,
            links);
    }

    /// <summary>Worth showing only when there is more than one page.</summary>
    public bool IsNeeded => PageCount > 1;
}
