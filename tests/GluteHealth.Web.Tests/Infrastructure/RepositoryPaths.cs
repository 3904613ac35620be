namespace GluteHealth.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string RealContent => Path.Combine(Root, "content");

    public static string TestContent => Path.Combine(Root, "tests", "GluteHealth.Web.Tests", "TestContent");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GluteHealth.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (GluteHealth.sln) above " + AppContext.BaseDirectory);
    }
}
