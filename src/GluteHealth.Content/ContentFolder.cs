namespace GluteHealth.Content;

/// <summary>Finds the content folder from <see cref="ContentOptions.Path"/>.</summary>
public static class ContentFolder
{
    private const string DefaultFolderName = "content";
    private const string MarkerFile = "topics.yml";

    /// <summary>
    /// A configured path wins (relative to <paramref name="contentRoot"/>); otherwise the nearest
    /// <c>content/</c> folder with a topic list, from the content root upwards, so <c>dotnet run</c>
    /// works from the repository root and from the project folder alike.
    /// </summary>
    public static string Resolve(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath, contentRoot);
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (File.Exists(Path.Combine(candidate, MarkerFile)))
            {
                return candidate;
            }
        }
        return Path.Combine(contentRoot, DefaultFolderName);
    }
}
