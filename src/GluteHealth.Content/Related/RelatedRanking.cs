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
        var tables = article.TopicKeys.Distinct().Select(index.TableOf).ToArray();
        // Candidates and their profiles come from the tables, which hold the same members as the topics: looking
        // each one up in the snapshot's immutable dictionaries instead was most of a list's cost at 10,000 articles.
        var groups = TopicCandidates.Of(tables, profile);
        if (groups.Sum(g => g.Members.Count) > MaxCandidates)
        {
            groups = Bounded(profile, groups, tables);
        }
        var others = new List<TermProfile>();
        if (groups.Sum(g => g.Members.Count) < RelatedArticles.Count)
        {
            others = PostingCandidates(index, profile, groups);
            groups.Add(new CandidateGroup(0, others));
        }

        // Shared topics rank first, so a group sharing fewer topics is scored only when those sharing more are too
        // few to fill the list: in a large library most candidates share one topic and are never scored.
        TermWeightTable? weights = null;
        var ranked = new List<Article>(RelatedArticles.Count);
        foreach (var group in groups)
        {
            if (ranked.Count == RelatedArticles.Count)
            {
                break;
            }
            weights ??= new TermWeightTable(profile.Terms, SquaredWeights(profile, tables, others));
            ranked.AddRange(Best(group, weights, RelatedArticles.Count - ranked.Count));
        }
        // Articles sharing nothing tie, and ties go by title.
        ranked.AddRange(index.Ordered.Where(a => a.Slug != article.Slug && !ranked.Contains(a)).Take(RelatedArticles.Count - ranked.Count));
        return [.. ranked];
    }

    /// <summary>
    /// The <paramref name="count"/> members of <paramref name="group"/> sharing the most of the article's vocabulary,
    /// then by title and slug; a member sharing neither a topic nor a term is not related at all.
    /// </summary>
    private static IEnumerable<Article> Best(CandidateGroup group, TermWeightTable weights, int count)
    {
        var best = new List<(Article Article, long Overlap)>(count + 1);
        foreach (var member in group.Members)
        {
            var overlap = weights.Overlap(member.Terms);
            if (group.SharedTopics == 0 && overlap == 0)
            {
                continue;
            }
            var at = best.Count;
            while (at > 0 && Precedes(member.Article, overlap, best[at - 1]))
            {
                at--;
            }
            if (at < count)
            {
                best.Insert(at, (member.Article, overlap));
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }
        return best.Select(b => b.Article);
    }

    private static bool Precedes(Article article, long overlap, (Article Article, long Overlap) other) =>
        overlap != other.Overlap ? overlap > other.Overlap : RelatedArticles.ByTitle.Compare(article, other.Article) < 0;

    /// <summary>
    /// In large topics, the candidates sharing the most topics, and of the last group needed to reach three, those
    /// that post the article's rarest frequent terms (rarest in its topics), then by slug.
    /// </summary>
    private static List<CandidateGroup> Bounded(TermProfile profile, List<CandidateGroup> groups, TopicTermTable[] tables)
    {
        var bounded = new List<CandidateGroup>();
        var count = 0;
        foreach (var group in groups)
        {
            if (count >= RelatedArticles.Count)
            {
                break;
            }
            if (count + group.Members.Count <= MaxCandidates)
            {
                bounded.Add(group);
                count += group.Members.Count;
                continue;
            }
            var bySlug = group.Members.OrderBy(m => m.Article.Slug, StringComparer.Ordinal).ToArray();
            var preferred = profile.Posted.OrderBy(term => tables.Sum(t => t.ArticlesWith(term)))
                .SelectMany(term => bySlug.Where(p => p.Posts(term)))
                .Concat(bySlug);
            var kept = new HashSet<TermProfile>(ReferenceEqualityComparer.Instance);
            var members = new List<TermProfile>();
            foreach (var member in preferred)
            {
                if (count + members.Count >= MaxCandidates)
                {
                    break;
                }
                if (kept.Add(member))
                {
                    members.Add(member);
                }
            }
            bounded.Add(new CandidateGroup(group.SharedTopics, members));
            break;
        }
        return bounded;
    }

    /// <summary>
    /// For an article with fewer than three topic neighbours: articles posting its frequent terms, rarest terms first
    /// (they name the candidates most like this article), up to <see cref="MaxCandidates"/> candidates in all.
    /// </summary>
    private static List<TermProfile> PostingCandidates(RelatedArticles index, TermProfile profile, List<CandidateGroup> groups)
    {
        var taken = new HashSet<string>(groups.SelectMany(g => g.Members).Select(m => m.Article.Slug), StringComparer.Ordinal) { profile.Article.Slug };
        var count = taken.Count - 1;
        var others = new List<TermProfile>();
        var postings = index.Postings;
        foreach (var posting in profile.Posted.Select(postings.Of).OrderBy(p => p.Count))
        {
            foreach (var slug in posting)
            {
                if (count >= MaxCandidates)
                {
                    break;
                }
                if (taken.Add(slug))
                {
                    others.Add(TermProfile.Of(index.ArticleWith(slug)));
                    count++;
                }
            }
        }
        return others;
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
