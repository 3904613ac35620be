using System.Text;

namespace GluteHealth.Testing;

/// <summary>A throwaway content folder under the system temp path that a test may edit freely, deleted on dispose.</summary>
public sealed class TempContentFolder : IDisposable
{
    /// <summary>An empty folder.</summary>
    public TempContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "glutehealth-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>A copy of <paramref name="source"/>, subfolders (such as <c>images/</c>) included.</summary>
    public TempContentFolder(string source)
        : this()
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = File(System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string Path { get; }

    /// <summary>The full path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <c>topics.yml</c>; each topic takes three lines, so topic i (0-based) has its key on line 3i + 1.</summary>
    public TempContentFolder WithTopics(params string[] keys)
    {
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            text.Append("- key: ").Append(key).Append('\n')
                .Append("  name: Topic ").Append(key).Append('\n')
                .Append("  description: Everything about ").Append(key).Append(".\n");
        }
        return Write("topics.yml", text.ToString());
    }

    public TempContentFolder Write(string file, string text) => WriteBytes(file, Encoding.UTF8.GetBytes(text));

    public TempContentFolder WriteBytes(string file, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(file))!);
        System.IO.File.WriteAllBytes(File(file), bytes);
        return this;
    }

    /// <summary>Replaces a file in one rename, so a concurrent reader sees the old or the new content, never a partial write.</summary>
    public void ReplaceAtomically(string file, string text)
    {
        var temporary = File("." + Guid.NewGuid().ToString("N") + ".tmp");
        System.IO.File.WriteAllText(temporary, text);
        System.IO.File.Move(temporary, File(file), overwrite: true);
    }

    public void Delete(string file) => System.IO.File.Delete(File(file));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS cleans temp eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
