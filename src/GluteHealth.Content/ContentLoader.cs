using System.Collections.Immutable;
using System.IO.Hashing;
using GluteHealth.Content.Images;
using GluteHealth.Content.Loading;

namespace GluteHealth.Content;

/// <summary>
/// Reads a content folder into a <see cref="ContentSnapshot"/>. Unchanged files are reused from the previous
/// snapshot without rendering again; a broken file keeps its last good article and is reported.
/// </summary>
/// <remarks>
/// <see cref="Load"/> reads and hashes every file and checks every cross-file rule again. <see cref="Refresh"/>
/// reads only files whose size or write time moved, and re-checks cross-file rules only among the files that
/// share a slug or alias with a changed one, so its work follows the change, not the folder.
/// </remarks>
public sealed class ContentLoader(
    IArticleCompiler compiler, int maxFileBytes = 512 * 1024, Task? holdSearchBuild = null, bool buildSearchIndex = true)
{
    // Fewer files than this are read and compiled on the calling thread: handing them out costs more than it saves.
    private const int ParallelFromFiles = 8;

    public ContentSnapshot Load(string folder, ContentSnapshot? previous = null) =>
        Update(folder, previous ?? ContentSnapshot.Empty, everything: true);

    /// <summary>
    /// Brings <paramref name="previous"/> up to date with its folder on disk (a full load if it came from another
    /// folder). With <paramref name="changedNames"/> (file names a watcher reported) only those files are looked
    /// at; without, every file's size and write time is.
    /// </summary>
    public ContentSnapshot Refresh(string folder, ContentSnapshot previous, IReadOnlyCollection<string>? changedNames = null)
    {
        var everything = previous.Version == 0 || previous.Folder != folder;
        var listing = everything || changedNames is null
            ? FolderListing.Read(folder)
            : FolderListing.ReadSome(folder, changedNames, previous.Parts.ContentModifiedAt);
        return Update(folder, previous, listing, everything);
    }

    private ContentSnapshot Update(string folder, ContentSnapshot previous, bool everything) =>
        Update(folder, previous, FolderListing.Read(folder), everything);

    private ContentSnapshot Update(string folder, ContentSnapshot previous, FolderListing listing, bool everything)
    {
        var before = previous.Parts;
        var topicStamp = listing.TopicListSeen ? listing.TopicList : before.TopicListStamp;
        var (topicList, topicProblems) = everything || topicStamp is not { } stamp || stamp == FileStamp.None || stamp != before.TopicListStamp
            ? LoadTopics(folder, before.TopicList, topicStamp is null)
            : (before.TopicList, before.TopicProblems);
        var topicsChanged = !ReferenceEquals(topicList, before.TopicList);
        var topicKeysChanged = topicsChanged && !topicList.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal)
            .SetEquals(before.TopicList.Topics.Select(t => t.Key));

        var imageProblems = new List<ContentProblem>();
        var images = everything || listing.ImagesSeen
            ? ImageLoader.Load(folder, before.Images, maxFileBytes, imageProblems)
            : before.Images;
        if (images.SameAs(before.Images))
        {
            images = before.Images;
        }
        var imagesChanged = !ReferenceEquals(images, before.Images);

        var files = (everything ? before.Files.Clear() : before.Files).ToBuilder();
        var seeds = listing.Complete
            ? before.Files.Keys.Where(file => !listing.ArticleFiles.ContainsKey(file)).ToList()
            : listing.Missing.Where(before.Files.ContainsKey).ToList();
        files.RemoveRange(seeds);
        var toRead = listing.ArticleFiles
            .Where(f => everything || f.Value == FileStamp.None || !before.Files.TryGetValue(f.Key, out var known) || known.Stamp != f.Value)
            .Select(f => (File: f.Key, Stamp: f.Value))
            .Concat(imagesChanged ? UsingChangedPictures(files, images, listing) : [])
            .DistinctBy(f => f.File, StringComparer.Ordinal)
            .ToArray();
        foreach (var (file, loaded) in ReadAll(folder, toRead, before.Files, images))
        {
            files[file] = loaded;
            if (!before.Files.TryGetValue(file, out var old) || !ReferenceEquals(old.Compilation, loaded.Compilation))
            {
                seeds.Add(file);
            }
        }
        if (everything)
        {
            // The builder started empty: files read again with unchanged bytes are reused, but every rule is re-checked.
            seeds = [.. seeds.Union(files.Keys)];
        }

        // A new set of topic keys can move any article in or out (unknown topic): every rule is checked again.
        var recheckAll = everything || topicKeysChanged;
        var index = (recheckAll ? before.NameIndex.Clear() : before.NameIndex).ToBuilder();
        var recheck = recheckAll
            ? files.Keys.ToHashSet(StringComparer.Ordinal)
            : Neighbourhood(seeds, before, files, index);
        var known = topicList.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var file in recheck)
        {
            Unindex(index, file, files[file]);
        }
        CrossFileRules.Apply(recheck.Order(StringComparer.Ordinal), files, known);
        foreach (var file in recheck)
        {
            Index(index, file, files[file]);
        }

        var touched = recheck.Union(seeds).ToArray();
        var deltas = touched
            .Select(file => new ArticleDelta(before.Files.GetValueOrDefault(file)?.Served, files.GetValueOrDefault(file)?.Served))
            .Where(d => !ReferenceEquals(d.Before, d.After))
            .ToArray();

        var parts = before with
        {
            Folder = folder,
            TopicList = topicList,
            TopicListStamp = topicStamp,
            TopicProblems = topicProblems,
            TopicsByKey = topicsChanged ? topicList.Topics.ToImmutableDictionary(t => t.Key, StringComparer.Ordinal) : before.TopicsByKey,
            Files = files.ToImmutable(),
            NameIndex = index.ToImmutable(),
            FileProblems = FileProblems(recheckAll ? before.FileProblems.Clear() : before.FileProblems, touched, files),
            ContentModifiedAt = listing.LastChange,
            Images = images,
            ImageProblems = everything || listing.ImagesSeen || PicturesUsedMoved(touched, before.Files, files)
                ? [.. (everything || listing.ImagesSeen ? imageProblems : before.ImageProblems.Where(p => !p.Message.StartsWith(UnusedPicture, StringComparison.Ordinal))),
                    .. UnusedPictures(images, files)]
                : before.ImageProblems,
        };
        parts = ArticleSets.Apply(parts, deltas);
        parts = parts with
        {
            UnusedTopicProblems = UnusedTopics(topicList, parts.ByTopic),
            Derived = before.Derived.Update(parts.Articles, deltas, holdSearchBuild, buildSearchIndex),
        };

        var change = everything || topicsChanged ? ContentChange.All : ArticleSets.Change(before, parts, deltas);
        if (imagesChanged && !change.Everything)
        {
            // Picture URLs are served as listings: a picture gone or replaced must not linger in the output cache.
            change = change with { Listings = true };
        }
        var version = previous.Version + 1;
        return new ContentSnapshot(parts, version, change, previous.PageVersions.After(change, version));
    }

    private const string UnusedPicture = "picture is not used by any article";

    /// <summary>Articles compiled with a version of their pictures that is no longer current (stamps as listed, or as known).</summary>
    private static IEnumerable<(string File, FileStamp Stamp)> UsingChangedPictures(
        ImmutableDictionary<string, LoadedFile>.Builder files, ContentImages images, FolderListing listing) =>
        files
            .Where(f => f.Value.Compilation.ImagePaths.Count > 0 && f.Value.ImageVersion != images.VersionOf(f.Value.Compilation.ImagePaths))
            .Where(f => !listing.Missing.Contains(f.Key))
            .Select(f => (f.Key, listing.ArticleFiles.GetValueOrDefault(f.Key, f.Value.Stamp)))
            .ToArray();

    private static bool PicturesUsedMoved(
        IEnumerable<string> touched, ImmutableDictionary<string, LoadedFile> before, ImmutableDictionary<string, LoadedFile>.Builder files) =>
        touched.Any(file => !(before.GetValueOrDefault(file)?.Compilation.ImagePaths ?? [])
            .SequenceEqual(files.GetValueOrDefault(file)?.Compilation.ImagePaths ?? [], StringComparer.Ordinal));

    // Scans every file's picture list: run only when the pictures, or the pictures some article uses, changed.
    private static IEnumerable<ContentProblem> UnusedPictures(ContentImages images, ImmutableDictionary<string, LoadedFile>.Builder files)
    {
        var used = files.Values.SelectMany(f => f.Compilation.ImagePaths).ToHashSet(StringComparer.Ordinal);
        return images.Files.Keys.Where(path => !used.Contains(path)).Order(StringComparer.Ordinal)
            .Select(path => new ContentProblem(path, null, UnusedPicture + " (use it, or delete the file)"))
            .ToArray();
    }

    /// <summary>
    /// The changed files and every file linked to them through a shared slug or alias (of a current or last good
    /// article), transitively: the only files whose cross-file problems or served article a change can move.
    /// </summary>
    private static HashSet<string> Neighbourhood(
        List<string> seeds, SnapshotParts before, ImmutableDictionary<string, LoadedFile>.Builder files,
        ImmutableDictionary<string, ImmutableHashSet<string>>.Builder index)
    {
        var names = new Queue<string>();
        foreach (var seed in seeds)
        {
            if (before.Files.TryGetValue(seed, out var old))
            {
                Unindex(index, seed, old);
                old.Names().ToList().ForEach(names.Enqueue);
            }
            if (files.TryGetValue(seed, out var now))
            {
                Index(index, seed, now);
                now.Names().ToList().ForEach(names.Enqueue);
            }
        }

        var reached = seeds.Where(files.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (names.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !index.TryGetValue(name, out var claimants))
            {
                continue;
            }
            foreach (var file in claimants.Where(reached.Add))
            {
                files[file].Names().ToList().ForEach(names.Enqueue);
            }
        }
        return reached;
    }

    private static void Index(ImmutableDictionary<string, ImmutableHashSet<string>>.Builder index, string file, LoadedFile loaded)
    {
        foreach (var name in loaded.Names())
        {
            index[name] = (index.GetValueOrDefault(name) ?? ImmutableHashSet.Create<string>(StringComparer.Ordinal)).Add(file);
        }
    }

    private static void Unindex(ImmutableDictionary<string, ImmutableHashSet<string>>.Builder index, string file, LoadedFile loaded)
    {
        foreach (var name in loaded.Names())
        {
            if (index.TryGetValue(name, out var claimants))
            {
                var rest = claimants.Remove(file);
                if (rest.IsEmpty)
                {
                    index.Remove(name);
                }
                else
                {
                    index[name] = rest;
                }
            }
        }
    }

    private static ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>> FileProblems(
        ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>> before, IEnumerable<string> touched,
        ImmutableDictionary<string, LoadedFile>.Builder files)
    {
        var problems = before.ToBuilder();
        foreach (var file in touched)
        {
            if (files.TryGetValue(file, out var loaded) && loaded.Problems.Count > 0)
            {
                problems[file] = loaded.Problems;
            }
            else
            {
                problems.Remove(file);
            }
        }
        return problems.ToImmutable();
    }

    private static IReadOnlyList<ContentProblem> UnusedTopics(TopicList topics, ImmutableDictionary<string, ImmutableSortedSet<Article>> byTopic) =>
        topics.Topics
            .Where(t => !byTopic.TryGetValue(t.Key, out var articles) || articles.IsEmpty)
            .Select(t => new ContentProblem(TopicListReader.FileName, topics.KeyLines.GetValueOrDefault(t.Key),
                $"topic '{t.Key}' is not used by any article"))
            .ToArray();

    private (string File, LoadedFile Loaded)[] ReadAll(
        string folder, (string File, FileStamp Stamp)[] toRead, ImmutableDictionary<string, LoadedFile> before, ContentImages images)
    {
        var results = new (string File, LoadedFile Loaded)[toRead.Length];
        void ReadOne(int i)
        {
            var (file, stamp) = toRead[i];
            results[i] = (file, LoadFile(Path.Combine(folder, file), file, stamp, before.GetValueOrDefault(file), images));
        }

        if (toRead.Length < ParallelFromFiles)
        {
            for (var i = 0; i < toRead.Length; i++)
            {
                ReadOne(i);
            }
        }
        else
        {
            Parallel.For(0, toRead.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, ReadOne);
        }
        return results;
    }

    private (TopicList Topics, IReadOnlyList<ContentProblem> Problems) LoadTopics(string folder, TopicList previous, bool missing)
    {
        var problems = new List<ContentProblem>();
        var path = Path.Combine(folder, TopicListReader.FileName);
        TopicList? topics = null;
        if (missing || !File.Exists(path))
        {
            problems.Add(new ContentProblem(TopicListReader.FileName, null, $"the topic list is missing from {folder}"));
        }
        else if (ReadBytes(path, TopicListReader.FileName, problems) is { } bytes
                 && Utf8Text.Decode(TopicListReader.FileName, bytes, problems) is { } text)
        {
            topics = TopicListReader.Read(text, problems);
        }
        // A broken topic list must not empty the site: keep serving the last good one. Reading the same list
        // again keeps the same object, so nothing downstream sees a change.
        var result = topics is null || topics.SameAs(previous) ? previous : topics;
        return (result, problems);
    }

    private LoadedFile LoadFile(string path, string file, FileStamp stamp, LoadedFile? before, ContentImages images)
    {
        var problems = new List<ContentProblem>();
        var bytes = ReadBytes(path, file, problems);
        if (bytes is null)
        {
            return new LoadedFile("", stamp, new ArticleCompilation(null, problems), before?.LastGood);
        }

        // Only tells an unchanged file from a changed one, so a fast non-cryptographic 128-bit hash does; SHA-256
        // here loaded OpenSSL into every start-up.
        var hash = Convert.ToHexString(XxHash128.Hash(bytes));
        // An unchanged file is compiled again only when a picture it uses changed (the page carries the drawing).
        if (before is not null && before.Hash == hash && before.ImageVersion == images.VersionOf(before.Compilation.ImagePaths))
        {
            return before with { Stamp = stamp };
        }
        var compilation = compiler.Compile(file, bytes, images);
        return new LoadedFile(hash, stamp, compilation, before?.LastGood, images.VersionOf(compilation.ImagePaths));
    }

    private byte[]? ReadBytes(string path, string file, List<ContentProblem> problems)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxFileBytes)
            {
                problems.Add(new ContentProblem(file, null, $"file is {stream.Length:N0} bytes; the limit is {maxFileBytes:N0}"));
                return null;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (bytes.Length == 0)
            {
                problems.Add(new ContentProblem(file, null, "file is empty"));
                return null;
            }
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(file, null, $"could not be read: {e.Message}"));
            return null;
        }
    }
}
