namespace GluteHealth.Content;

/// <summary>Where content comes from and how changes to it are picked up. Bound from the <c>Content</c> section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder. Relative paths resolve against the app's content root;
    /// empty means the nearest <c>content/</c> folder holding a <c>topics.yml</c>, searching upwards.</summary>
    public string Path { get; set; } = "";

    /// <summary>How long to wait after the last file change before reloading, so a burst of saves reloads once.</summary>
    public int ReloadDelayMilliseconds { get; set; } = 150;

    /// <summary>Poll instead of relying on file system events (network shares, some containers).</summary>
    public bool UsePolling { get; set; }

    /// <summary>Files larger than this are rejected rather than parsed.</summary>
    public int MaxFileBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// Whether a search index is built. Off for a process that answers no query (the static export, which writes
    /// only the empty search page): the index is the largest share of a first load's work. Off, a query answers
    /// "starting" for as long as the process runs.
    /// </summary>
    public bool SearchIndex { get; set; } = true;

    /// <summary>
    /// How long after the site starts listening its first search index waits for the site's first answer before it
    /// is built anyway: a first page is not made to share the CPU with the build.
    /// </summary>
    public int FirstSearchIndexWaitMilliseconds { get; set; } = 2000;
}
