namespace GluteHealth.Content.Loading;

/// <summary>
/// One pass over the content folder: the article files and the topic list with their stamps, and the newest
/// write time. Costs a directory read and a stat per file, and reads no file.
/// </summary>
internal sealed class FolderListing
{
    // File systems keep write times in coarse steps (a kernel tick, two seconds on FAT); a file written this
    // recently may be written again without its stamp moving, so it is hashed again on the next reload too.
    private static readonly TimeSpan RecentWindow = TimeSpan.FromSeconds(2);

    private FolderListing(Dictionary<string, FileStamp> articleFiles, FileStamp? topicList, DateTimeOffset lastChange)
    {
        ArticleFiles = articleFiles;
        TopicList = topicList;
        LastChange = lastChange;
    }

    /// <summary>Article file name (relative to the folder) to stamp, for every non-hidden <c>*.md</c> file.</summary>
    public Dictionary<string, FileStamp> ArticleFiles { get; }

    /// <summary>The topic list's stamp, or null when there is none.</summary>
    public FileStamp? TopicList { get; }

    /// <summary>The newest write time in the folder, whole seconds; the folder's own time moves when a file is deleted or renamed.</summary>
    public DateTimeOffset LastChange { get; }

    public static FolderListing Read(string folder)
    {
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var directory = new DirectoryInfo(folder);
        if (!directory.Exists)
        {
            return new FolderListing(files, null, DateTimeOffset.UnixEpoch);
        }

        var trustedBefore = DateTime.UtcNow.Ticks - RecentWindow.Ticks;
        FileStamp? topicList = null;
        var newest = directory.LastWriteTimeUtc.Ticks;
        foreach (var file in directory.EnumerateFiles())
        {
            FileStamp stamp;
            try
            {
                stamp = FileStamp.Of(file);
            }
            catch (IOException)
            {
                // Deleted between listing and stat: gone, as far as this pass knows.
                continue;
            }
            newest = Math.Max(newest, stamp.LastWriteTicks);
            var trusted = stamp.LastWriteTicks < trustedBefore ? stamp : FileStamp.None;
            if (file.Name == TopicListReader.FileName)
            {
                topicList = trusted;
            }
            else if (file.Name.EndsWith(".md", StringComparison.Ordinal) && !file.Name.StartsWith('.'))
            {
                files[file.Name] = trusted;
            }
        }
        return new FolderListing(files, topicList, new DateTimeOffset(newest - newest % TimeSpan.TicksPerSecond, TimeSpan.Zero));
    }
}
