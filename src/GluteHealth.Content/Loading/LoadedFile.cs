namespace GluteHealth.Content.Loading;

/// <summary>
/// What a snapshot remembers of one file: its hash and stamp (to skip unchanged files), the version of the pictures
/// it was compiled with (to compile it again when one of them changes), what compiling it gave, the article served
/// from it (if any), its last good article, and its problems (its own and cross-file ones).
/// </summary>
internal sealed record LoadedFile(string Hash, FileStamp Stamp, ArticleCompilation Compilation, Article? LastGood, string ImageVersion = "")
{
    public Article? Served { get; init; }

    public IReadOnlyList<ContentProblem> Problems { get; init; } = Compilation.Problems;

    /// <summary>Every URL name the file's current or last good article claims: the names a cross-file rule compares.</summary>
    public IEnumerable<string> Names() =>
        new[] { Compilation.Article, LastGood }.OfType<Article>().SelectMany(a => a.Aliases.Prepend(a.Slug)).Distinct(StringComparer.Ordinal);
}
