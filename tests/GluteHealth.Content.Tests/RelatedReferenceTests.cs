using GluteHealth.Content.Related;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// The related lists against a straightforward full sort of every topic neighbour by shared topics, weighed overlap,
/// title and slug, over a library where articles share one, two or three topics: the ranking scores only the groups
/// it needs and merges the topics' members, and must still give exactly this order.
/// </summary>
public sealed class RelatedReferenceTests
{
    private const double FixedPoint = 1L << 32;

    private static readonly string[] Words =
        ["glute", "hamstring", "stretch", "sitting", "posture", "walking", "bridge", "squat", "lunge", "hip", "piriformis", "sciatic", "cramp", "nerve", "rest"];

    [Fact]
    public void Every_list_equals_a_full_sort_of_the_articles_topic_neighbours()
    {
        var random = new Random(1234);
        // Bodies repeat, so overlaps tie and the title decides; titles repeat too, so then the slug does.
        var bodies = Enumerable.Range(0, 12)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 30).Select(_ => Words[random.Next(Words.Length)] + random.Next(4))))
            .ToArray();
        var library = Enumerable.Range(0, 160).Select(i =>
        {
            var topics = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"t{random.Next(12)}").Distinct().ToArray();
            var body = bodies[random.Next(bodies.Length)];
            return Compile.Valid(SampleArticle.Create($"a{i:D3}", $"Title {i % 40}", $"[{string.Join(", ", topics)}]").WithBody(body + ".\n"));
        }).ToArray();

        var related = RelatedArticles.Build(library);

        Assert.Contains(library, a => Reference(library, a).Count(c => c.Shared >= 2) >= RelatedArticles.Count);
        Assert.Contains(library, a => Reference(library, a).Count(c => c.Shared >= 2) is > 0 and < RelatedArticles.Count);
        Assert.All(library, a => Assert.Equal(
            Reference(library, a).Take(RelatedArticles.Count).Select(c => c.Article.Slug),
            related.For(a).Select(r => r.Slug)));
    }

    private static List<(Article Article, int Shared, long Overlap)> Reference(Article[] library, Article article)
    {
        var topics = article.TopicKeys.Distinct().ToArray();
        var members = topics.Select(t => library.Where(a => a.TopicKeys.Contains(t)).ToArray()).ToArray();
        var terms = TermProfile.Of(article).Terms;
        var compared = members.Sum(m => m.Length);
        var weights = terms.ToDictionary(term => term, term =>
        {
            var having = members.Sum(m => m.Count(a => TermProfile.Of(a).Terms.Contains(term)));
            var weight = Math.Log((compared + 1.0) / (having + 1.0));
            return weight > 0 ? (long)Math.Round(weight * weight * FixedPoint) : 0;
        });
        return library
            .Where(a => a != article)
            .Select(a => (Article: a, Shared: topics.Count(a.TopicKeys.Contains), Overlap: TermProfile.Of(a).Terms.Sum(t => weights.GetValueOrDefault(t))))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .ThenByDescending(c => c.Overlap)
            .ThenBy(c => c.Article.Title, StringComparer.Ordinal)
            .ThenBy(c => c.Article.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
