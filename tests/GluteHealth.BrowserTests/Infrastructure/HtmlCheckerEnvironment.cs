namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// What the HTML validity check needs: Java and the Nu HTML Checker (vnu.jar from npm). Outside CI a missing piece
/// skips the check with an install hint; in CI (CI=true) it fails with that hint instead.
/// </summary>
public static class HtmlCheckerEnvironment
{
    private static readonly Lazy<string?> LazyJava = new(() => FindOnPath("java"));

    public static string? JavaPath => LazyJava.Value;

    public static string? Problem =>
        JavaPath is null ? "Java not found: install it with 'apt-get install -y default-jre-headless' to validate HTML"
        : !RepositoryPaths.HasRoot || !File.Exists(RepositoryPaths.NuHtmlChecker) ? "vnu.jar not found: run 'npm ci' in tests/GluteHealth.BrowserTests to validate HTML"
        : null;

    public static string? SkipReason => BrowserEnvironment.IsCi ? null : Problem;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
