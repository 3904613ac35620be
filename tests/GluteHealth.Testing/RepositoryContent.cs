namespace GluteHealth.Testing;

/// <summary>
/// The content folder tests and benchmarks read: the repository's <c>content/</c>, or the folder named by
/// <c>GLUTEHEALTH_CONTENT</c> so a benchmark can run over another library.
/// </summary>
public static class RepositoryContent
{
    public static string Folder { get; } = Find();

    /// <summary>The article file names (<c>slug.md</c>), in ordinal order.</summary>
    public static IEnumerable<string> ArticleFiles() =>
        Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The slugs of the article files, in ordinal order.</summary>
    public static string[] Slugs { get; } = ArticleFiles().Select(Path.GetFileNameWithoutExtension).OfType<string>().ToArray();

    public static string FileOf(string slug) => Path.Combine(Folder, slug + ".md");

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("GLUTEHEALTH_CONTENT");
        return string.IsNullOrEmpty(configured) ? RepositoryPaths.Content : Path.GetFullPath(configured);
    }
}
