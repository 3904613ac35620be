using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>
/// Ranks other articles by shared topics first, then by shared distinctive vocabulary (cosine of TF-IDF vectors over
/// each article's 256 most frequent terms, weighed by rarity), then by title and slug. Without comparing every pair: candidates come from
/// the article's topics, and only when those give fewer than three, from postings of each article's top terms.
/// </summary>
/// <remarks>
/// Immutable per snapshot and always complete: the postings and term counts are updated in proportion to a change
/// (<see cref="Apply"/>), and a list is worked out the first time its article is asked for, then kept for the
/// snapshot. Document frequencies move with every change, so lists are not carried over between snapshots.
/// </remarks>
internal sealed class RelatedArticles
{
    public const int Count = 3;
    // 256 keeps today's lists for the five real articles (128 did not); an article has about 400 such terms.
    private const int TermsKept = 256;
    private const int TermsPosted = 16;
    private const int MaxCandidates = 500;

    private static readonly ConditionalWeakTable<Article, Profile> Profiles = [];
    private static readonly Comparer<Article> ByTitle = Comparer<Article>.Create((a, b) =>
    {
        var order = string.CompareOrdinal(a.Title, b.Title);
        return order != 0 ? order : string.CompareOrdinal(a.Slug, b.Slug);
    });

    private readonly ImmutableDictionary<string, Profile> _bySlug;
    private readonly ImmutableSortedSet<Article> _ordered;
    private readonly ImmutableDictionary<string, ImmutableSortedSet<string>> _byTopic;
    private readonly ImmutableDictionary<string, ImmutableSortedSet<string>> _byTerm;
    private readonly ImmutableDictionary<string, int> _documentFrequency;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Article>> _lists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, double>> _vectors = new(StringComparer.Ordinal);

    private RelatedArticles(
        ImmutableDictionary<string, Profile> bySlug, ImmutableSortedSet<Article> ordered,
        ImmutableDictionary<string, ImmutableSortedSet<string>> byTopic, ImmutableDictionary<string, ImmutableSortedSet<string>> byTerm,
        ImmutableDictionary<string, int> documentFrequency)
    {
        _bySlug = bySlug;
        _ordered = ordered;
        _byTopic = byTopic;
        _byTerm = byTerm;
        _documentFrequency = documentFrequency;
    }

    public static RelatedArticles Empty { get; } = new(
        ImmutableDictionary.Create<string, Profile>(StringComparer.Ordinal), ImmutableSortedSet.Create<Article>(ByTitle),
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal));

    public static RelatedArticles Build(IEnumerable<Article> articles)
    {
        var all = articles.ToArray();
        // Working out the terms is the cost of a full build; each article's is independent of the others.
        all.AsParallel().ForAll(a => Profiles.GetValue(a, Profile.Of));
        return Empty.Apply([], all);
    }

    /// <summary>The index after removing <paramref name="removedOrChanged"/> (by slug) and adding <paramref name="addedOrChanged"/>.</summary>
    public RelatedArticles Apply(IReadOnlyCollection<Article> removedOrChanged, IReadOnlyCollection<Article> addedOrChanged)
    {
        var bySlug = _bySlug.ToBuilder();
        var ordered = _ordered.ToBuilder();
        var byTopic = _byTopic.ToBuilder();
        var byTerm = _byTerm.ToBuilder();
        var frequency = _documentFrequency.ToBuilder();

        foreach (var slug in removedOrChanged.Select(a => a.Slug).Concat(addedOrChanged.Select(a => a.Slug)).Distinct())
        {
            if (!bySlug.TryGetValue(slug, out var old))
            {
                continue;
            }
            bySlug.Remove(slug);
            ordered.Remove(old.Article);
            Post(byTopic, old.Article.TopicKeys.Distinct(), slug, add: false);
            Post(byTerm, old.Posted, slug, add: false);
            foreach (var term in old.Terms)
            {
                var left = frequency[term] - 1;
                if (left == 0)
                {
                    frequency.Remove(term);
                }
                else
                {
                    frequency[term] = left;
                }
            }
        }
        foreach (var article in addedOrChanged.DistinctBy(a => a.Slug))
        {
            var profile = Profiles.GetValue(article, Profile.Of);
            bySlug[article.Slug] = profile;
            ordered.Add(article);
            Post(byTopic, article.TopicKeys.Distinct(), article.Slug, add: true);
            Post(byTerm, profile.Posted, article.Slug, add: true);
            foreach (var term in profile.Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }
        return new(bySlug.ToImmutable(), ordered.ToImmutable(), byTopic.ToImmutable(), byTerm.ToImmutable(), frequency.ToImmutable());
    }

    public IReadOnlyList<Article> For(Article article) =>
        _bySlug.TryGetValue(article.Slug, out var profile) ? _lists.GetOrAdd(article.Slug, _ => Rank(profile)) : [];

    private Article[] Rank(Profile profile)
    {
        var self = profile.Article.Slug;
        var sharedTopics = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in profile.Article.TopicKeys.Distinct())
        {
            foreach (var slug in _byTopic.GetValueOrDefault(topic) ?? [])
            {
                sharedTopics[slug] = sharedTopics.GetValueOrDefault(slug) + 1;
            }
        }
        sharedTopics.Remove(self);
        var candidates = sharedTopics.Count > MaxCandidates ? Bounded(profile, sharedTopics) : sharedTopics;
        if (candidates.Count < Count)
        {
            // Rarest terms first: they name the candidates most like this article.
            foreach (var posting in profile.Posted.Select(t => _byTerm[t]).OrderBy(p => p.Count))
            {
                foreach (var slug in posting.Where(s => s != self).TakeWhile(_ => candidates.Count < MaxCandidates))
                {
                    candidates.TryAdd(slug, 0);
                }
            }
        }

        var vector = Vector(profile);
        var ranked = candidates
            .Select(c => (Article: _bySlug[c.Key].Article, Shared: c.Value, Similarity: Cosine(vector, Vector(_bySlug[c.Key]))))
            .Where(c => c.Shared > 0 || c.Similarity > 0)
            .OrderByDescending(c => c.Shared)
            .ThenByDescending(c => c.Similarity)
            .ThenBy(c => c.Article, ByTitle)
            .Take(Count)
            .Select(c => c.Article)
            .ToList();
        // Articles sharing nothing tie, and ties go by title.
        ranked.AddRange(_ordered.Where(a => a.Slug != self && !ranked.Contains(a)).Take(Count - ranked.Count));
        return [.. ranked];
    }

    /// <summary>
    /// In large topics, the candidates sharing the most topics, and of the last group needed to reach three, those
    /// that share the article's rarest frequent terms (then by slug): at most <see cref="MaxCandidates"/> are weighed.
    /// </summary>
    private Dictionary<string, int> Bounded(Profile profile, Dictionary<string, int> sharedTopics)
    {
        var bounded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in sharedTopics.GroupBy(c => c.Value).OrderByDescending(g => g.Key))
        {
            if (bounded.Count >= Count)
            {
                break;
            }
            if (bounded.Count + group.Count() <= MaxCandidates)
            {
                foreach (var (slug, shared) in group)
                {
                    bounded[slug] = shared;
                }
                continue;
            }
            var members = group.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var preferred = profile.Posted.Select(t => _byTerm[t]).OrderBy(p => p.Count).SelectMany(p => p)
                .Concat(members.Order(StringComparer.Ordinal))
                .Where(members.Contains);
            foreach (var slug in preferred.TakeWhile(_ => bounded.Count < MaxCandidates))
            {
                bounded[slug] = group.Key;
            }
            break;
        }
        return bounded;
    }

    private Dictionary<string, double> Vector(Profile profile) => _vectors.GetOrAdd(profile.Article.Slug, _ =>
    {
        var articles = _bySlug.Count;
        // Weighed by rarity alone: with the term counts too, the five real articles' lists moved away from
        // what readers had (a longer article's repeated words outweighed the shared rare ones).
        var weights = profile.Terms
            .Select(term => (Term: term, Weight: Math.Log((articles + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 1.0))))
            .Where(w => w.Weight > 0)
            .ToArray();
        var length = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        return weights.ToDictionary(w => w.Term, w => w.Weight / length, StringComparer.Ordinal);
    });

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(w => large.TryGetValue(w.Key, out var other) ? w.Value * other : 0);
    }

    private static void Post(ImmutableDictionary<string, ImmutableSortedSet<string>>.Builder postings, IEnumerable<string> keys, string slug, bool add)
    {
        foreach (var key in keys)
        {
            var set = postings.GetValueOrDefault(key) ?? ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
            set = add ? set.Add(slug) : set.Remove(slug);
            if (set.IsEmpty)
            {
                postings.Remove(key);
            }
            else
            {
                postings[key] = set;
            }
        }
    }

    /// <summary>An article's most frequent terms (longer than three letters), made once per article object.</summary>
    private sealed record Profile(Article Article, string[] Terms, string[] Posted)
    {
        public static Profile Of(Article article)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in new[] { article.Title, article.Summary }.Concat(article.Headings.Select(h => h.Text)).Concat(article.TextBlocks)
                         .SelectMany(SearchTerms.Of).Where(t => t.Length > 3))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
            var kept = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(TermsKept).ToArray();
            return new Profile(article, kept.Select(c => string.Intern(c.Key)).ToArray(),
                kept.Take(TermsPosted).Select(c => c.Key).ToArray());
        }
    }
}
