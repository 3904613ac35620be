using System.IO.Hashing;

namespace GluteHealth.Content.Images;

/// <summary>Reads the content folder's <c>images/</c> folder; files whose bytes did not change are reused as they were.</summary>
internal static class ImageLoader
{
    private const int FingerprintLength = 16;

    public static ContentImages Load(string contentFolder, ContentImages previous, int maxFileBytes, List<ContentProblem> problems)
    {
        var folder = Path.Combine(contentFolder, ContentImages.FolderName);
        if (!Directory.Exists(folder))
        {
            return ContentImages.Empty;
        }

        var files = new Dictionary<string, ImageFile>(StringComparer.Ordinal);
        foreach (var full in Directory.EnumerateFiles(folder).Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var path = ContentImages.FolderName + "/" + Path.GetFileName(full);
            var file = LoadFile(full, path, previous.Files.GetValueOrDefault(path), maxFileBytes);
            problems.AddRange(file.Problems);
            files[path] = file;
        }
        foreach (var nested in Directory.EnumerateDirectories(folder))
        {
            problems.Add(new ContentProblem(ContentImages.FolderName + "/" + Path.GetFileName(nested), null,
                "pictures must sit directly in images/, not in a folder inside it"));
        }

        var usable = files.Values.Select(f => f.Image).OfType<ContentImage>().ToArray();
        var broken = files.Where(f => f.Value.Image is null).Select(f => f.Key);
        return new ContentImages(usable, broken, files);
    }

    private static ImageFile LoadFile(string full, string path, ImageFile? before, int maxFileBytes)
    {
        var problems = new List<ContentProblem>();
        if (!Path.GetExtension(path).Equals(".svg", StringComparison.Ordinal) || !IsSafeName(Path.GetFileNameWithoutExtension(path)))
        {
            problems.Add(new ContentProblem(path, null,
                "pictures are SVG drawings named with lowercase letters, digits and dashes, ending in .svg (for example images/side-plank.svg)"));
            return new ImageFile("", null, problems);
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (info.Length > maxFileBytes)
            {
                problems.Add(new ContentProblem(path, null, $"file is {info.Length:N0} bytes; the limit is {maxFileBytes:N0}"));
                return new ImageFile("", null, problems);
            }
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(path, null, $"could not be read: {e.Message}"));
            return new ImageFile("", null, problems);
        }

        var hash = Convert.ToHexStringLower(XxHash128.Hash(bytes));
        if (before is not null && before.Hash == hash)
        {
            return before;
        }
        var image = SvgDrawing.Read(path, bytes, hash[..FingerprintLength], problems);
        return new ImageFile(hash, image, problems);
    }

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name[0] != '-' && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
