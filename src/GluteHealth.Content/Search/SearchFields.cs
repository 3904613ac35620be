namespace GluteHealth.Content.Search;

/// <summary>The indexed fields and how much a match in each counts: title above headings above summary above body.</summary>
internal static class SearchFields
{
    public const string Slug = "slug";

    /// <summary>One value per text block; the only field indexed with offsets (where snippets come from).</summary>
    public const string Body = "body";

    public static readonly (string Name, float Boost, Func<Article, IEnumerable<string>> Text)[] Weighted =
    [
        ("title", 10, a => [a.Title]),
        ("headings", 5, a => a.Headings.Select(h => h.Text)),
        ("summary", 3, a => [a.Summary]),
        (Body, 1, a => a.TextBlocks),
    ];
}
