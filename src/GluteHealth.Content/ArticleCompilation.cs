namespace GluteHealth.Content;

/// <summary>The outcome of compiling one file: an article, or the problems that stopped it.</summary>
public sealed record ArticleCompilation(Article? Article, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>The content-folder pictures the file refers to (found or not): it must be compiled again when one changes.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];
}
