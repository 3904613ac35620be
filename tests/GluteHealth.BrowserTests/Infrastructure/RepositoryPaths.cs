namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>Paths inside the repository, found by walking up from the test assembly to the folder holding GluteHealth.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    public static string Root =>
        LazyRoot.Value ?? throw new InvalidOperationException("Could not find the repository root (GluteHealth.sln) above " + AppContext.BaseDirectory);

    public static bool HasRoot => LazyRoot.Value is not null;

    public static string Content => Path.Combine(Root, "content");

    public static string ProjectFolder => Path.Combine(Root, "tests", "GluteHealth.BrowserTests");

    public static string AxeScript => Path.Combine(ProjectFolder, "node_modules", "axe-core", "axe.min.js");

    public static string NuHtmlChecker => Path.Combine(ProjectFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

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
