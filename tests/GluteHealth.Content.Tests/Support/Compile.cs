using System.Text;

namespace GluteHealth.Content.Tests.Support;

/// <summary>Runs the real compiler on a sample, as the file <see cref="File"/>.</summary>
internal static class Compile
{
    public const string File = "sample.md";

    private static readonly ArticleCompiler Compiler = new();

    public static ArticleCompilation Sample(SampleArticle article) => Compiler.Compile(File, article.Bytes());

    public static ArticleCompilation Text(string text) => Compiler.Compile(File, Encoding.UTF8.GetBytes(text));

    public static ArticleCompilation Bytes(byte[] bytes) => Compiler.Compile(File, bytes);

    /// <summary>Compiles a sample that must be valid, and returns its article.</summary>
    public static Article Valid(SampleArticle article)
    {
        var compilation = Sample(article);
        Assert.Empty(compilation.Problems);
        return Assert.IsType<Article>(compilation.Article);
    }

    public static Article Body(string body) => Valid(SampleArticle.Create().WithBody(body));
}
