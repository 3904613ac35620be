using System.Collections.Immutable;

namespace GluteHealth.Content.Related;

/// <summary>
/// The articles posting each term among their most frequent ones, library-wide: where an article with fewer than
/// three topic neighbours finds the rest of its candidates. Built when such an article first asks (it needs every
/// article's terms), then updated in proportion to each change.
/// </summary>
internal sealed class TermPostings
{
    private readonly ImmutableDictionary<int, ImmutableSortedSet<string>> _byTerm;

    private TermPostings(ImmutableDictionary<int, ImmutableSortedSet<string>> byTerm) => _byTerm = byTerm;

    public static TermPostings Build(IReadOnlyCollection<Article> articles)
    {
        // Profiled first (in parallel for a large library), so the postings below only look them up.
        _ = TermProfile.OfAll(articles);
        return new TermPostings(ImmutableDictionary<int, ImmutableSortedSet<string>>.Empty).Apply([], articles);
    }

    public TermPostings Apply(IReadOnlyCollection<Article> removed, IReadOnlyCollection<Article> added)
    {
        var byTerm = _byTerm.ToBuilder();
        foreach (var article in removed)
        {
            SlugSets.Post(byTerm, TermProfile.Of(article).Posted, article.Slug, add: false);
        }
        foreach (var article in added)
        {
            SlugSets.Post(byTerm, TermProfile.Of(article).Posted, article.Slug, add: true);
        }
        return new TermPostings(byTerm.ToImmutable());
    }

    /// <summary>The slugs of the articles posting <paramref name="term"/>, in slug order.</summary>
    public ImmutableSortedSet<string> Of(int term) => _byTerm.GetValueOrDefault(term) ?? [];
}
