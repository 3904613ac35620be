using GluteHealth.Content;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>Counts compilations (parse + render) so tests can prove cache hits without timing anything.</summary>
public sealed class CountingCompiler(IArticleCompiler inner) : IArticleCompiler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ArticleCompilation Compile(string file, byte[] bytes, GluteHealth.Content.Images.ContentImages images)
    {
        Interlocked.Increment(ref _count);
        return inner.Compile(file, bytes, images);
    }
}
