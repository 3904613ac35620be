using System.IO.Hashing;
using GluteHealth.Content.Images;
using GluteHealth.Content.Loading;

namespace GluteHealth.Content;

/// <summary>
/// Reads a content folder into a <see cref="ContentSnapshot"/>. Unchanged files are reused from the previous
/// snapshot without rendering again; a broken file keeps its last good article and is reported.
/// </summary>
public sealed class ContentLoader(IArticleCompiler compiler, int maxFileBytes = 512 * 1024, Task? holdSearchBuild = null)
{
    public ContentSnapshot Load(string folder, ContentSnapshot? previous = null)
    {
        previous ??= ContentSnapshot.Empty;
        var problems = new List<ContentProblem>();
        var topics = LoadTopics(folder, previous, problems);
        var known = topics.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var images = ImageLoader.Load(folder, previous.Images, maxFileBytes, problems);

        var files = new Dictionary<string, LoadedFile>(StringComparer.Ordinal);
        var accepted = new List<Article>();
        var slugOwners = new Dictionary<string, string>(StringComparer.Ordinal);

        var loadedFiles = ArticleFiles(folder)
            .Select(path => Path.GetFileName(path))
            .Select(file => (File: file, Loaded: LoadFile(Path.Combine(folder, file), file, previous.Files.GetValueOrDefault(file), images)))
            .ToArray();

        // Slugs outrank aliases whatever the file order, so an alias can never take over another article's URL.
        var slugFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, loaded) in loadedFiles)
        {
            if ((loaded.Compilation.Article ?? loaded.LastGood) is { } candidate)
            {
                slugFiles.TryAdd(candidate.Slug, file);
            }
        }

        foreach (var (file, loaded) in loadedFiles)
        {
            problems.AddRange(loaded.Compilation.Problems);

            var fresh = loaded.Compilation.Article;
            var fileProblems = fresh is null ? [] : CrossFileProblems(fresh, known, slugOwners, slugFiles);
            problems.AddRange(fileProblems);

            var served = fresh is not null && fileProblems.Count == 0
                ? fresh
                : loaded.LastGood is { } lastGood && CrossFileProblems(lastGood, known, slugOwners, slugFiles).Count == 0 ? lastGood : null;
            if (served is not null)
            {
                Claim(served, slugOwners);
                accepted.Add(served);
            }
            files[file] = loaded with { LastGood = served ?? loaded.LastGood };
        }

        foreach (var unused in topics.Topics.Where(t => !accepted.Any(a => a.TopicKeys.Contains(t.Key))))
        {
            problems.Add(new ContentProblem(TopicListReader.FileName, topics.KeyLines.GetValueOrDefault(unused.Key),
                $"topic '{unused.Key}' is not used by any article"));
        }

        var used = files.Values.SelectMany(f => f.Compilation.ImagePaths).ToHashSet(StringComparer.Ordinal);
        foreach (var unused in images.Files.Keys.Where(path => !used.Contains(path)))
        {
            problems.Add(new ContentProblem(unused, null, "picture is not used by any article (use it, or delete the file)"));
        }

        return new ContentSnapshot(folder, previous.Version + 1, topics.Topics, accepted, problems, files, topics, images, LastChange(folder), previous, holdSearchBuild);
    }

    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>The newest write time in the folder and its images/; a folder's own time moves when a file is deleted or renamed.</summary>
    private static DateTimeOffset LastChange(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return DateTimeOffset.UnixEpoch;
        }
        var images = Path.Combine(folder, ContentImages.FolderName);
        var newest = Directory.EnumerateFiles(folder)
            .Concat(Directory.Exists(images) ? Directory.EnumerateFiles(images) : [])
            .Select(File.GetLastWriteTimeUtc)
            .Append(Directory.GetLastWriteTimeUtc(folder))
            .Append(Directory.Exists(images) ? Directory.GetLastWriteTimeUtc(images) : DateTime.MinValue)
            .Max();
        return new DateTimeOffset(newest.Ticks - newest.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    private TopicList LoadTopics(string folder, ContentSnapshot previous, List<ContentProblem> problems)
    {
        var path = Path.Combine(folder, TopicListReader.FileName);
        TopicList? topics = null;
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(TopicListReader.FileName, null, $"the topic list is missing from {folder}"));
        }
        else if (ReadBytes(path, TopicListReader.FileName, problems) is { } bytes
                 && Utf8Text.Decode(TopicListReader.FileName, bytes, problems) is { } text)
        {
            topics = TopicListReader.Read(text, problems);
        }
        // A broken topic list must not empty the site: keep serving the last good one.
        return topics ?? previous.TopicList;
    }

    private LoadedFile LoadFile(string path, string file, LoadedFile? before, ContentImages images)
    {
        var problems = new List<ContentProblem>();
        var bytes = ReadBytes(path, file, problems);
        if (bytes is null)
        {
            return new LoadedFile("", new ArticleCompilation(null, problems), before?.LastGood);
        }

        // Only tells an unchanged file from a changed one, so a fast non-cryptographic 128-bit hash does; SHA-256
        // here loaded OpenSSL into every start-up.
        var hash = Convert.ToHexString(XxHash128.Hash(bytes));
        // An unchanged file is compiled again only when a picture it uses changed (the page carries the drawing).
        if (before is not null && before.Hash == hash && before.ImageVersion == images.VersionOf(before.Compilation.ImagePaths))
        {
            return before;
        }
        var compilation = compiler.Compile(file, bytes, images);
        return new LoadedFile(hash, compilation, before?.LastGood, images.VersionOf(compilation.ImagePaths));
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

    private static List<ContentProblem> CrossFileProblems(
        Article article, HashSet<string> knownTopics, Dictionary<string, string> slugOwners, Dictionary<string, string> slugFiles)
    {
        var problems = new List<ContentProblem>();
        int? Line(string field) => article.FieldLines.TryGetValue(field, out var line) ? line : null;

        foreach (var topic in article.TopicKeys.Where(t => !knownTopics.Contains(t)))
        {
            problems.Add(new ContentProblem(article.SourceFile, Line("topics"),
                $"unknown topic '{topic}' (topics are listed in {TopicListReader.FileName})"));
        }
        if (slugOwners.TryGetValue(article.Slug, out var owner))
        {
            problems.Add(new ContentProblem(article.SourceFile, Line("slug"), $"slug '{article.Slug}' is already used by {owner}"));
        }
        foreach (var alias in article.Aliases)
        {
            var aliasOwner = slugOwners.GetValueOrDefault(alias)
                ?? (slugFiles.TryGetValue(alias, out var slugFile) && slugFile != article.SourceFile ? slugFile : null);
            if (aliasOwner is not null)
            {
                problems.Add(new ContentProblem(article.SourceFile, Line("aliases"), $"alias '{alias}' is already used by {aliasOwner}"));
            }
        }
        return problems;
    }

    private static void Claim(Article article, Dictionary<string, string> slugOwners)
    {
        foreach (var name in article.Aliases.Prepend(article.Slug))
        {
            slugOwners[name] = article.SourceFile;
        }
    }
}
