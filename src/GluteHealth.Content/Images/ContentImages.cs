using System.Collections.Frozen;

namespace GluteHealth.Content.Images;

/// <summary>The drawings of one snapshot, by the path articles write and by the URL they are served at.</summary>
public sealed class ContentImages
{
    public const string FolderName = "images";

    private readonly FrozenDictionary<string, ContentImage> _byPath;
    private readonly FrozenDictionary<string, ContentImage> _byUrl;
    private readonly FrozenSet<string> _broken;

    internal ContentImages(IReadOnlyList<ContentImage> images, IEnumerable<string> brokenPaths, IReadOnlyDictionary<string, ImageFile> files)
    {
        All = images;
        _byPath = images.ToFrozenDictionary(i => i.Path, StringComparer.Ordinal);
        _byUrl = images.ToFrozenDictionary(i => i.Url, StringComparer.Ordinal);
        _broken = brokenPaths.ToFrozenSet(StringComparer.Ordinal);
        Files = files;
    }

    public static ContentImages Empty { get; } = new([], [], new Dictionary<string, ImageFile>());

    /// <summary>Every usable drawing, ordered by path.</summary>
    public IReadOnlyList<ContentImage> All { get; }

    /// <summary>Every image file found, usable or not, by path; a reload reuses files whose bytes did not change.</summary>
    internal IReadOnlyDictionary<string, ImageFile> Files { get; }

    public ContentImage? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The drawing served at exactly this site path, fingerprint included; a stale or missing fingerprint finds nothing.</summary>
    public ContentImage? FindByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The file exists but could not be used (its own problems say why).</summary>
    public bool IsBroken(string path) => _broken.Contains(path);

    /// <summary>What a page rendered with these paths depends on: each path's fingerprint, or its absence.</summary>
    internal string VersionOf(IReadOnlyList<string> paths) =>
        string.Join('|', paths.Select(p => p + "=" + (Find(p)?.Fingerprint ?? (IsBroken(p) ? "broken" : "missing"))));

    /// <summary>Whether both hold the very same files (a file whose bytes did not change is kept as the same object).</summary>
    internal bool SameAs(ContentImages other) =>
        Files.Count == other.Files.Count && Files.All(f => other.Files.TryGetValue(f.Key, out var o) && ReferenceEquals(o, f.Value));
}
