namespace GluteHealth.Content;

/// <summary>The outcome of compiling one file: an article, or the problems that stopped it.</summary>
public sealed record ArticleCompilation(Article? Article, IReadOnlyList<ContentProblem> Problems);
