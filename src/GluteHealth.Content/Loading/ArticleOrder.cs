namespace GluteHealth.Content.Loading;

/// <summary>Title order ignoring case; the file name breaks ties, as file order did when lists were sorted whole.</summary>
internal sealed class ArticleOrder : IComparer<Article>
{
    public static readonly ArticleOrder Instance = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        var byTitle = string.Compare(x.Title, y.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.SourceFile, y.SourceFile);
    }
}
