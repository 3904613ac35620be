using GluteHealth.Content.Related;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>
/// The indexes computed from the whole article set: search and related articles. A snapshot update builds them
/// here and nowhere else; both update in place for the articles that changed.
/// </summary>
internal sealed class DerivedIndexes
{
    /// <summary>
    /// From this many articles the related lists' topic tables are built in the background after the first load,
    /// beside the search index; below it each table is built on its first ask, in well under a millisecond.
    /// </summary>
    internal const int WarmRelatedTablesFrom = 1000;

    private readonly RelatedArticles _related;

    private DerivedIndexes(SearchIndex search, RelatedArticles related)
    {
        Search = search;
        _related = related;
    }

    public static DerivedIndexes Empty { get; } = new(SearchIndex.Empty, RelatedArticles.Empty);

    public SearchIndex Search { get; }

    /// <summary>Worked out on first ask for each article and kept for this snapshot (see <see cref="RelatedArticles"/>).</summary>
    public IReadOnlyList<Article> RelatedTo(Article article) => _related.For(article);

    /// <summary>The articles with fewer than three topic neighbours, whose related lists any article change may move.</summary>
    public IReadOnlySet<string> RelatedLoners => _related.Loners;

    /// <summary>
    /// The indexes for <paramref name="articles"/>, which differ from the ones these were built for by
    /// <paramref name="changes"/>. The first load builds the related lists and starts the first search index in the
    /// background, held back by <paramref name="holdSearchBuild"/> (the site holds it until its first answer; tests
    /// hold it longer): even a small library's index, mostly Lucene's first use, is start-up work that no article
    /// page waits for (docs/performance.md). Without
    /// <paramref name="buildSearchIndex"/> there is none (<see cref="SearchIndex.Unbuilt"/>).
    /// </summary>
    public DerivedIndexes Update(IReadOnlyList<Article> articles, IReadOnlyCollection<ArticleDelta> changes,
        Task? holdSearchBuild = null, bool buildSearchIndex = true)
    {
        if (changes.Count == 0)
        {
            return this;
        }
        if (ReferenceEquals(this, Empty))
        {
            var search = buildSearchIndex ? SearchIndex.StartBuild(articles, holdSearchBuild) : SearchIndex.Unbuilt;
            var related = RelatedArticles.Build(articles);
            if (buildSearchIndex && articles.Count >= WarmRelatedTablesFrom)
            {
                // Only for a serving site (check and export build no search index either), and beside the search
                // build, not after it: article pages are what readers arrive on.
                _ = related.WarmTablesAsync();
            }
            return new(search, related);
        }
        Article[] removed = [.. changes.Select(c => c.Before).OfType<Article>()];
        Article[] added = [.. changes.Select(c => c.After).OfType<Article>()];
        return new(Search.Apply(removed, added), _related.Apply(removed, added));
    }
}
