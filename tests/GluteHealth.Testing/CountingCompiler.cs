using System.Collections.Concurrent;
using GluteHealth.Content;
using GluteHealth.Content.Images;

namespace GluteHealth.Testing;

/// <summary>Wraps a compiler and counts compilations (parse + render) per file, so tests prove cache hits without timing anything.</summary>
public sealed class CountingCompiler(IArticleCompiler inner) : IArticleCompiler
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts the real <see cref="ArticleCompiler"/>.</summary>
    public CountingCompiler()
        : this(new ArticleCompiler())
    {
    }

    public int Total => _counts.Values.Sum();

    public int CountFor(string file) => _counts.GetValueOrDefault(file);

    public ArticleCompilation Compile(string file, byte[] bytes, ContentImages images)
    {
        _counts.AddOrUpdate(file, 1, (_, count) => count + 1);
        return inner.Compile(file, bytes, images);
    }
}
