using System.Collections.Frozen;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>
/// The indexes computed from the whole article set: search and related articles. A snapshot update builds them
/// here and nowhere else, so an index that can update in place replaces <see cref="Update"/> alone.
/// </summary>
internal sealed class DerivedIndexes
{
    private const int RelatedCount = 3;

    private readonly FrozenDictionary<string, IReadOnlyList<Article>> _related;

    private DerivedIndexes(SearchIndex search, FrozenDictionary<string, IReadOnlyList<Article>> related)
    {
        Search = search;
        _related = related;
    }

    public static DerivedIndexes Empty { get; } = Build([]);

    public SearchIndex Search { get; }

    public IReadOnlyList<Article> RelatedTo(string slug) => _related.GetValueOrDefault(slug) ?? [];

    public static DerivedIndexes Build(IReadOnlyList<Article> articles) =>
        new(SearchIndex.Build(articles), RelatedArticles.For(articles, RelatedCount));

    /// <summary>The indexes for <paramref name="articles"/>, which differ from the ones these were built for by <paramref name="changes"/>.</summary>
    /// <remarks>Today's search index and related lists are rebuilt whole; this is where incremental ones plug in.</remarks>
    public DerivedIndexes Update(IReadOnlyList<Article> articles, IReadOnlyCollection<ArticleDelta> changes) =>
        changes.Count == 0 ? this : Build(articles);

    /// <summary>The articles whose related list differs between <paramref name="before"/> and these indexes.</summary>
    /// <remarks>
    /// Compared by reference, so a page is also counted when an article it lists was edited (its title or summary
    /// on that page changed) even if the list names the same slugs.
    /// </remarks>
    public IEnumerable<string> RelatedChangedSince(DerivedIndexes before, IEnumerable<Article> articles) =>
        ReferenceEquals(before, this)
            ? []
            : articles.Where(a => !RelatedTo(a.Slug).SequenceEqual(before.RelatedTo(a.Slug), ReferenceEqualityComparer.Instance))
                .Select(a => a.Slug);
}
