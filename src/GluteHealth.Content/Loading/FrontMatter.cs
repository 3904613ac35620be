namespace GluteHealth.Content.Loading;

/// <summary>The validated front matter fields of one article, with the file line of each field.</summary>
internal sealed record FrontMatter(
    string Title,
    string Slug,
    string Summary,
    IReadOnlyList<string> Topics,
    DateOnly Published,
    DateOnly Reviewed,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, int> FieldLines);
