using GluteHealth.Content;

namespace GluteHealth.Web.Pages.Articles;

/// <summary>A table-of-contents line: an H2 with the H3s under it.</summary>
public sealed record TocEntry(ArticleHeading Heading, IReadOnlyList<ArticleHeading> Children)
{
    public static IReadOnlyList<TocEntry> From(IReadOnlyList<ArticleHeading> headings)
    {
        var entries = new List<TocEntry>();
        foreach (var heading in headings)
        {
            if (heading.Level == 2 || entries.Count == 0)
            {
                entries.Add(new TocEntry(heading, []));
            }
            else
            {
                var last = entries[^1];
                entries[^1] = last with { Children = [.. last.Children, heading] };
            }
        }
        return entries;
    }
}
