namespace GluteHealth.Content.Related;

/// <summary>
/// Works out one article's related list. Candidates are the articles sharing a topic with it (at most
/// <see cref="MaxCandidates"/>), and only when those are fewer than three, articles posting its frequent terms. They
/// rank by shared topics, then by how much of the article's vocabulary they share, each term weighed by its rarity
/// among the articles the article is compared with: the members of its topics (and the posting candidates, for a
/// loner). Then by title and slug, and articles sharing nothing fill the list in title order.
/// </summary>
internal static class RelatedRanking
{
    private const int MaxCandidates = 500;
    // Squared weights summed as whole numbers: the sum is then the same in any order, so ties break by title alone.
    private const double FixedPoint = 1L << 32;

    public static Article[] Rank(RelatedArticles index, Article article)
    {
        var profile = TermProfile.Of(article);
        var topics = article.TopicKeys.Distinct().ToArray();
        var tables = topics.Select(index.TableOf).ToArray();
        // Candidates and their profiles come from the tables, which hold the same members as the topics: looking
        // each one up in the snapshot's immutable dictionaries instead was most of a list's cost at 10,000 articles.
        var sharedTopics = new Dictionary<string, int>(StringComparer.Ordinal);
        var profileOf = new Dictionary<string, TermProfile>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var member in table.Members)
            {
                var slug = member.Article.Slug;
                sharedTopics[slug] = sharedTopics.GetValueOrDefault(slug) + 1;
                profileOf[slug] = member;
            }
        }
        sharedTopics.Remove(article.Slug);
        var candidates = sharedTopics.Count > MaxCandidates ? Bounded(profile, sharedTopics, profileOf, tables) : sharedTopics;
        var others = new List<TermProfile>();
        if (candidates.Count < RelatedArticles.Count)
        {
            // Rarest terms first: they name the candidates most like this article.
            var postings = index.Postings;
            foreach (var posting in profile.Posted.Select(postings.Of).OrderBy(p => p.Count))
            {
                foreach (var slug in posting.Where(s => s != article.Slug).TakeWhile(_ => candidates.Count < MaxCandidates))
                {
                    if (candidates.TryAdd(slug, 0))
                    {
                        others.Add(TermProfile.Of(index.ArticleWith(slug)));
                    }
                }
            }
        }

        var weights = new TermWeightTable(profile.Terms, SquaredWeights(profile, tables, others));
        var ranked = candidates
            .Select(c => (Profile: profileOf.GetValueOrDefault(c.Key) ?? TermProfile.Of(index.ArticleWith(c.Key)), Shared: c.Value))
            .Select(c => (c.Profile.Article, c.Shared, Overlap: weights.Overlap(c.Profile.Terms)))
            .Where(c => c.Shared > 0 || c.Overlap > 0)
            .OrderByDescending(c => c.Shared)
            .ThenByDescending(c => c.Overlap)
            .ThenBy(c => c.Article, RelatedArticles.ByTitle)
            .Take(RelatedArticles.Count)
            .Select(c => c.Article)
            .ToList();
        // Articles sharing nothing tie, and ties go by title.
        ranked.AddRange(index.Ordered.Where(a => a.Slug != article.Slug && !ranked.Contains(a)).Take(RelatedArticles.Count - ranked.Count));
        return [.. ranked];
    }

    /// <summary>
    /// In large topics, the candidates sharing the most topics, and of the last group needed to reach three, those
    /// that post the article's rarest frequent terms (rarest in its topics), then by slug.
    /// </summary>
    private static Dictionary<string, int> Bounded(
        TermProfile profile, Dictionary<string, int> sharedTopics, Dictionary<string, TermProfile> profileOf, TopicTermTable[] tables)
    {
        var bounded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in sharedTopics.GroupBy(c => c.Value).OrderByDescending(g => g.Key))
        {
            if (bounded.Count >= RelatedArticles.Count)
            {
                break;
            }
            var members = group.Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
            if (bounded.Count + members.Length <= MaxCandidates)
            {
                foreach (var slug in members)
                {
                    bounded[slug] = group.Key;
                }
                continue;
            }
            var profiles = members.Select(slug => profileOf[slug]).ToArray();
            var preferred = profile.Posted.OrderBy(term => tables.Sum(t => t.ArticlesWith(term)))
                .SelectMany(term => profiles.Where(p => p.Posts(term)).Select(p => p.Article.Slug))
                .Concat(members);
            foreach (var slug in preferred.TakeWhile(_ => bounded.Count < MaxCandidates))
            {
                bounded[slug] = group.Key;
            }
            break;
        }
        return bounded;
    }

    /// <summary>
    /// The square of each of the article's terms' weight, log((n + 1) / (df + 1)), where n counts the articles it is
    /// compared with (each topic's members, an article in two of its topics twice, and the other candidates) and df
    /// those of them having the term: a term every neighbour has weighs nothing.
    /// </summary>
    private static long[] SquaredWeights(TermProfile profile, TopicTermTable[] tables, List<TermProfile> others)
    {
        var terms = profile.Terms;
        var having = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            foreach (var table in tables)
            {
                having[i] += table.ArticlesWith(terms[i]);
            }
        }
        foreach (var other in others)
        {
            Merge(terms, other.Terms, i => having[i]++);
        }
        var compared = tables.Sum(t => t.Size) + others.Count;
        var weights = new long[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var weight = Math.Log((compared + 1.0) / (having[i] + 1.0));
            weights[i] = weight > 0 ? (long)Math.Round(weight * weight * FixedPoint) : 0;
        }
        return weights;
    }

    /// <summary>Calls <paramref name="shared"/> with the index in <paramref name="terms"/> of each term both sorted arrays hold.</summary>
    private static void Merge(int[] terms, int[] other, Action<int> shared)
    {
        int i = 0, j = 0;
        while (i < terms.Length && j < other.Length)
        {
            if (terms[i] < other[j])
            {
                i++;
            }
            else if (terms[i] > other[j])
            {
                j++;
            }
            else
            {
                shared(i);
                i++;
                j++;
            }
        }
    }
}
