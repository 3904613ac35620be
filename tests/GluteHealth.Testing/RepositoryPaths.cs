namespace GluteHealth.Testing;

/// <summary>Paths inside the repository, found by walking up from the running assembly to the folder holding GluteHealth.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    public static string Root =>
        LazyRoot.Value ?? throw new InvalidOperationException("Could not find the repository root (GluteHealth.sln) above " + AppContext.BaseDirectory);

    /// <summary>False when the binaries run outside a checkout; browser tests then say so instead of failing.</summary>
    public static bool HasRoot => LazyRoot.Value is not null;

    /// <summary>The real <c>content/</c> folder the site publishes.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The small, fixed content folder the web tests run the site over.</summary>
    public static string TestContent => Path.Combine(Root, "tests", "GluteHealth.Web.Tests", "TestContent");

    public static string AxeScript => Path.Combine(BrowserTestsNodeModules, "axe-core", "axe.min.js");

    public static string NuHtmlChecker => Path.Combine(BrowserTestsNodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    private static string BrowserTestsNodeModules => Path.Combine(Root, "tests", "GluteHealth.BrowserTests", "node_modules");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GluteHealth.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
