using GluteHealth.Content.Images;

namespace GluteHealth.Content;

/// <summary>Turns one content file into an article: parse, validate, render. The seam tests count renders through.</summary>
public interface IArticleCompiler
{
    /// <summary>Compiles one file; <paramref name="images"/> are the content folder's drawings its pictures may use.</summary>
    ArticleCompilation Compile(string file, byte[] bytes, ContentImages images);
}
