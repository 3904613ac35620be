using System.Collections.Frozen;
using GluteHealth.Content.Search;

namespace GluteHealth.Content;

/// <summary>Ranks other articles by shared topics first, then by shared vocabulary.</summary>
internal static class RelatedArticles
{
    public static FrozenDictionary<string, IReadOnlyList<Article>> For(IReadOnlyList<Article> articles, int count)
    {
        var vocabulary = articles.ToDictionary(a => a.Slug, Vocabulary, StringComparer.Ordinal);
        return articles.ToFrozenDictionary(
            a => a.Slug,
            a => (IReadOnlyList<Article>)articles
                .Where(other => other.Slug != a.Slug)
                .Select(other => (Article: other,
                    SharedTopics: other.TopicKeys.Intersect(a.TopicKeys).Count(),
                    Similarity: Jaccard(vocabulary[a.Slug], vocabulary[other.Slug])))
                .OrderByDescending(r => r.SharedTopics)
                .ThenByDescending(r => r.Similarity)
                .ThenBy(r => r.Article.Title, StringComparer.Ordinal)
                .Take(count)
                .Select(r => r.Article)
                .ToArray(),
            StringComparer.Ordinal);
    }

    private static HashSet<string> Vocabulary(Article article) =>
        SearchTerms.Of(string.Join(' ', [article.Title, article.Summary, .. article.Headings.Select(h => h.Text), .. article.TextBlocks]))
            .Where(t => t.Length > 3)
            .ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Count + b.Count - a.Count(b.Contains);
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }
}
