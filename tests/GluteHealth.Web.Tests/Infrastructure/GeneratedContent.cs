using System.Globalization;
using System.Text;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>
/// A content folder of <see cref="ArticleCount"/> generated articles, written once per test run, for listings that
/// need more than a page: titles spread over A, B, T, U (as "Über") and 0–9; review dates that tie in fours and
/// publication dates that tie in pairs, so the newest-first order has to use every one of its rules.
/// </summary>
public static class GeneratedContent
{
    public const int ArticleCount = 120;

    private static readonly Lazy<string> LazyFolder = new(Write);

    public static string Folder => LazyFolder.Value;

    /// <summary>Every article is in <c>everything</c>; even-numbered ones in <c>even</c>; the first five in <c>few</c>.</summary>
    public static IReadOnlyList<string> TopicsOf(int i) =>
        [.. new[] { "everything" }, .. i % 2 == 0 ? ["even"] : Array.Empty<string>(), .. i < 5 ? ["few"] : Array.Empty<string>()];

    public static string Slug(int i) => "item-" + i.ToString("000", CultureInfo.InvariantCulture);

    public static string Title(int i)
    {
        var n = i.ToString("000", CultureInfo.InvariantCulture);
        return (i % 4) switch
        {
            0 => $"Ache number {n}",
            1 => $"Bend number {n}",
            2 => i % 8 == 2 ? $"Über stretch {n}" : $"Twitch number {n}",
            _ => $"{n} quick moves",
        };
    }

    public static DateOnly Reviewed(int i) => new DateOnly(2025, 1, 1).AddDays(i % 30);

    public static DateOnly Published(int i) => new DateOnly(2024, 1, 1).AddDays(i / 30 % 2);

    private static string Write()
    {
        // Beside the test binaries and rewritten each run, so no run leaves a folder behind in /tmp; each site
        // copies it to a temporary folder of its own before serving it.
        var folder = Path.Combine(AppContext.BaseDirectory, "GeneratedContent");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "topics.yml"), """
            - key: everything
              name: Everything
              description: Every generated article.
            - key: even
              name: Even
              description: The even-numbered articles.
            - key: few
              name: Few
              description: The first five articles.
            """);
        for (var i = 0; i < ArticleCount; i++)
        {
            var text = new StringBuilder()
                .Append("---\n")
                .Append($"title: {Title(i)}\n")
                .Append($"slug: {Slug(i)}\n")
                .Append($"summary: Generated article {i} for listing tests.\n")
                .Append($"topics: [{string.Join(", ", TopicsOf(i))}]\n")
                .Append($"published: {Published(i):yyyy-MM-dd}\n")
                .Append($"reviewed: {Reviewed(i):yyyy-MM-dd}\n")
                .Append("---\n\n")
                .Append($"Opening paragraph of generated article {i}.\n\n## Details\n\nMore words about item {i}.\n")
                .Append("\n## When to see a doctor\n\n:::see-a-doctor\n- it hurts for more than a few weeks\n:::\n");
            File.WriteAllText(Path.Combine(folder, Slug(i) + ".md"), text.ToString());
        }
        return folder;
    }
}
