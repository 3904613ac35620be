using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GluteHealth.Benchmarks;

/// <summary>
/// The library and queries the search benchmarks use: <c>SEARCH_BENCHMARK_CONTENT</c> if set, otherwise a
/// synthetic folder of <see cref="Articles"/> articles written once by tests/Performance/scale/corpus.py under the
/// temp folder. Queries are three words drawn (fixed seed) from the real articles' 200 commonest words of five
/// letters or more, as scale.sh's search.lua draws them, so most of them match most of the library.
/// </summary>
public static partial class SearchLibrary
{
    public const int Articles = 10_000;

    public static string Folder { get; } = Find();

    public static string[] Queries { get; } = Draw(1000);

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("SEARCH_BENCHMARK_CONTENT");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }
        var folder = Path.Combine(Path.GetTempPath(), $"glutehealth-search-{Articles}");
        var done = folder + ".complete";
        if (!File.Exists(done))
        {
            var generator = Path.Combine(RepositoryPaths.Root, "tests", "Performance", "scale", "corpus.py");
            using var python = Process.Start("python3", [generator, RepositoryPaths.Content, folder, Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                ?? throw new InvalidOperationException("python3 did not start");
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                throw new InvalidOperationException($"{generator} exited with {python.ExitCode}");
            }
            File.WriteAllText(done, "");
        }
        return folder;
    }

    private static string[] Draw(int count)
    {
        var words = Directory.EnumerateFiles(RepositoryPaths.Content, "*.md")
            .SelectMany(f => Word().Matches(File.ReadAllText(f).ToLowerInvariant()))
            .GroupBy(m => m.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(200).Select(g => g.Key).ToArray();
        var random = new Random(10);
        return Enumerable.Range(0, count)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 3).Select(_ => words[random.Next(words.Length)])))
            .ToArray();
    }

    [GeneratedRegex("[a-z]{5,}")]
    private static partial Regex Word();
}
