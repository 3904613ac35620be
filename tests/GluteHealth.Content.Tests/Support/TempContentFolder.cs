using System.Text;

namespace GluteHealth.Content.Tests.Support;

/// <summary>A throwaway content folder under the system temp path, deleted on dispose.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "glutehealth-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

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

    public TempContentFolder Write(string file, SampleArticle article) => Write(file, article.Text());

    public TempContentFolder Write(string file, string text) => WriteBytes(file, Encoding.UTF8.GetBytes(text));

    public TempContentFolder WriteBytes(string file, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FullPath(file))!);
        File.WriteAllBytes(FullPath(file), bytes);
        return this;
    }

    /// <summary>Replaces a file in one rename, so a concurrent reader sees the old or the new content, never a partial write.</summary>
    public void ReplaceAtomically(string file, SampleArticle article)
    {
        var temporary = FullPath("." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temporary, article.Text());
        File.Move(temporary, FullPath(file), overwrite: true);
    }

    public void Delete(string file) => File.Delete(FullPath(file));

    public string FullPath(string file) => System.IO.Path.Combine(Path, file);

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
