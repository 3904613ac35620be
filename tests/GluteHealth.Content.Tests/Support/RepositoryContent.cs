namespace GluteHealth.Content.Tests.Support;

/// <summary>The repository's real <c>content/</c> folder, found by walking up from the test binaries to <c>GluteHealth.sln</c>.</summary>
internal static class RepositoryContent
{
    public static string Folder { get; } = Find();

    public static IEnumerable<string> ArticleFiles() =>
        Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GluteHealth.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        throw new InvalidOperationException($"No GluteHealth.sln above {AppContext.BaseDirectory}");
    }
}
