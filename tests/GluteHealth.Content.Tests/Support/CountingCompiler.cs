using System.Collections.Concurrent;

namespace GluteHealth.Content.Tests.Support;

/// <summary>Wraps the real <see cref="ArticleCompiler"/> and counts how often each file is compiled.</summary>
internal sealed class CountingCompiler : IArticleCompiler
{
    private readonly ArticleCompiler _inner = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total => _counts.Values.Sum();

    public int CountFor(string file) => _counts.GetValueOrDefault(file);

    public ArticleCompilation Compile(string file, byte[] bytes, GluteHealth.Content.Images.ContentImages images)
    {
        _counts.AddOrUpdate(file, 1, (_, count) => count + 1);
        return _inner.Compile(file, bytes, images);
    }
}
