namespace GluteHealth.Content;

/// <summary>Turns one content file into an article: parse, validate, render. The seam tests count renders through.</summary>
public interface IArticleCompiler
{
    ArticleCompilation Compile(string file, byte[] bytes);
}
