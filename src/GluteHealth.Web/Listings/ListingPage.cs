using GluteHealth.Content;

namespace GluteHealth.Web.Listings;

/// <summary>One page of a long list of articles: its slice, its number and how many pages there are.</summary>
public sealed record ListingPage(IReadOnlyList<Article> Articles, int Number, int PageCount)
{
    /// <summary>Page <paramref name="number"/> (from 1), or null past the last page. An empty list has one empty page.</summary>
    public static ListingPage? Of(IReadOnlyList<Article> all, int number, int pageSize)
    {
        var size = Math.Max(1, pageSize);
        var count = PagesFor(all.Count, size);
        if (number < 1 || number > count)
        {
            return null;
        }
        var start = (number - 1) * size;
        var slice = new Article[Math.Min(size, all.Count - start)];
        for (var i = 0; i < slice.Length; i++)
        {
            slice[i] = all[start + i];
        }
        return new ListingPage(slice, number, count);
    }

    /// <summary>How many pages <paramref name="count"/> articles fill (at least one); <paramref name="pageSize"/> is at least 1.</summary>
    public static int PagesFor(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);
}
