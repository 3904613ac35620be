namespace GluteHealth.Content.Loading;

/// <summary>
/// What a snapshot remembers of one file: its hash and the version of the pictures it was compiled with (to skip
/// unchanged files), and its last good article.
/// </summary>
internal sealed record LoadedFile(string Hash, ArticleCompilation Compilation, Article? LastGood, string ImageVersion = "");
