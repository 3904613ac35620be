using GluteHealth.Content;

namespace GluteHealth.Benchmarks;

/// <summary>The repository's real <c>content/</c> folder, found upwards from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class RepositoryContent
{
    public static string Folder { get; } = Find();

    public static string[] Slugs { get; } =
    [
        "butt-and-leg-twitches", "butt-cramps", "dead-butt-syndrome", "gluteus-medius-training", "sagging-butt-tight-hip-flexors",
    ];

    public static string FileOf(string slug) => Path.Combine(Folder, slug + ".md");

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("GLUTEHEALTH_CONTENT");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }
        var folder = ContentFolder.Resolve(null, AppContext.BaseDirectory);
        return File.Exists(Path.Combine(folder, "topics.yml"))
            ? folder
            : throw new DirectoryNotFoundException($"No content/topics.yml above {AppContext.BaseDirectory}; set GLUTEHEALTH_CONTENT.");
    }
}
