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
    /// From this many articles the first search index is built in the background: pages are served at once and
    /// search answers "starting" until it is ready. The related lists' topic tables are then built in the
    /// background too.
    /// </summary>
    internal const int BackgroundSearchBuildFrom = 1000;

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
    /// <paramref name="changes"/>. The first load builds them; <paramref name="holdSearchBuild"/> (tests) or a large
    /// library sends the first search index to the background; without <paramref name="buildSearchIndex"/> there is
    /// none (<see cref="SearchIndex.Unbuilt"/>).
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
            var large = articles.Count >= BackgroundSearchBuildFrom;
            var search = !buildSearchIndex ? SearchIndex.Unbuilt
                : holdSearchBuild is not null || large ? SearchIndex.StartBuild(articles, holdSearchBuild)
                : SearchIndex.Build(articles);
            var related = RelatedArticles.Build(articles);
            if (large && buildSearchIndex)
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
