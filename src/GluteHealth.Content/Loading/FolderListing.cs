using System.IO.Enumeration;
using GluteHealth.Content.Images;

namespace GluteHealth.Content.Loading;

/// <summary>
/// The article files and the topic list with their stamps, and the newest write time: either of the whole
/// folder (a directory read and a stat per file) or of only the files a watcher named (a stat each). Reads no file.
/// </summary>
internal sealed class FolderListing
{
    // File systems keep write times in coarse steps (a kernel tick, two seconds on FAT); a file written this
    // recently may be written again without its stamp moving, so it is not trusted to skip a read.
    private static readonly TimeSpan RecentWindow = TimeSpan.FromSeconds(2);

    private FolderListing(bool complete)
    {
        Complete = complete;
    }

    /// <summary>Whether every file was looked at, so a known file not listed is gone.</summary>
    public bool Complete { get; }

    /// <summary>Article file name (relative to the folder) to stamp, for the non-hidden <c>*.md</c> files looked at.</summary>
    public Dictionary<string, FileStamp> ArticleFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Article files named to a partial listing that no longer exist.</summary>
    public HashSet<string> Missing { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the images/ folder may have changed (always, in a complete listing): its pictures are read again.</summary>
    public bool ImagesSeen { get; private set; }

    /// <summary>Whether the topic list was looked at (always, in a complete listing).</summary>
    public bool TopicListSeen { get; private set; }

    /// <summary>The topic list's stamp, or null when there is none.</summary>
    public FileStamp? TopicList { get; private set; }

    /// <summary>The newest write time in the folder, whole seconds; the folder's own time moves when a file is deleted or renamed.</summary>
    public DateTimeOffset LastChange { get; private set; } = DateTimeOffset.UnixEpoch;

    public static FolderListing Read(string folder)
    {
        var listing = new FolderListing(complete: true) { TopicListSeen = true, ImagesSeen = true };
        var directory = new DirectoryInfo(folder);
        if (!directory.Exists)
        {
            return listing;
        }

        var trustedBefore = DateTime.UtcNow.Ticks - RecentWindow.Ticks;
        var newest = directory.LastWriteTimeUtc.Ticks;
        // Straight from the directory entries: no FileInfo per file, one stat each.
        var entries = new FileSystemEnumerable<(string Name, FileStamp Stamp)>(folder,
            (ref entry) => (entry.FileName.ToString(), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
        };
        foreach (var (name, stamp) in entries)
        {
            newest = Math.Max(newest, stamp.LastWriteTicks);
            listing.Add(name, stamp.LastWriteTicks < trustedBefore ? stamp : FileStamp.None);
        }
        var images = new DirectoryInfo(Path.Combine(folder, ContentImages.FolderName));
        if (images.Exists)
        {
            newest = images.EnumerateFiles().Select(f => f.LastWriteTimeUtc.Ticks).Append(images.LastWriteTimeUtc.Ticks).Append(newest).Max();
        }
        listing.LastChange = WholeSeconds(newest);
        return listing;
    }

    /// <summary>Only the <paramref name="names"/> a watcher reported; every other file is taken to be as it was.</summary>
    public static FolderListing ReadSome(string folder, IEnumerable<string> names, DateTimeOffset lastChange)
    {
        var listing = new FolderListing(complete: false);
        var directory = new DirectoryInfo(folder);
        var trustedBefore = DateTime.UtcNow.Ticks - RecentWindow.Ticks;
        var newest = Math.Max(lastChange.UtcTicks, directory.Exists ? directory.LastWriteTimeUtc.Ticks : 0);
        foreach (var name in names.Select(n => n.Replace('\\', '/')).Distinct(StringComparer.Ordinal))
        {
            if (name == ContentImages.FolderName || name.StartsWith(ContentImages.FolderName + "/", StringComparison.Ordinal))
            {
                listing.ImagesSeen = true;
            }
            var file = new FileInfo(Path.Combine(folder, name));
            if (name == TopicListReader.FileName)
            {
                listing.TopicListSeen = true;
            }
            if (!file.Exists)
            {
                listing.Missing.Add(name);
                continue;
            }
            var stamp = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
            newest = Math.Max(newest, stamp.LastWriteTicks);
            listing.Add(name, stamp.LastWriteTicks < trustedBefore ? stamp : FileStamp.None);
        }
        var images = new DirectoryInfo(Path.Combine(folder, ContentImages.FolderName));
        if (listing.ImagesSeen && images.Exists)
        {
            // A picture deleted or renamed moves only its folder's time, as a full listing sees it.
            newest = Math.Max(newest, images.LastWriteTimeUtc.Ticks);
        }
        listing.LastChange = WholeSeconds(newest);
        return listing;
    }

    private void Add(string name, FileStamp stamp)
    {
        if (name == TopicListReader.FileName)
        {
            TopicList = stamp;
        }
        else if (IsArticleFile(name))
        {
            ArticleFiles[name] = stamp;
        }
    }

    private static bool IsArticleFile(string name) =>
        name.EndsWith(".md", StringComparison.Ordinal) && !name.StartsWith('.') && !name.Contains('/') && !name.Contains('\\');

    private static DateTimeOffset WholeSeconds(long ticks) => new(ticks - ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
