using GluteHealth.Content.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// Every page of many queries over a generated library, against a straightforward reference: all matching
/// articles found by analysing their text, sorted in full (more query words, then score, then title, then slug),
/// cut into pages, each snippet taken from the first block with a query word read in order. The index keeps only
/// the best hits up to the page asked for and finds the snippet's block from the body's offsets; both must give
/// exactly this.
/// </summary>
public sealed class SearchReferenceTests
{
    private static readonly string[] Words =
    [
        "cramp", "cramps", "cramping", "crámp", "stretch", "stretches", "hip", "hips", "glute", "glutes", "sitting",
        "sit", "walking", "walk", "pain", "calf", "night", "desk", "piriformis", "rest", "ice", "heat", "series",
    ];

    private static readonly string[] Filler =
    [
        "the", "and", "of", "gentle", "often", "muscle", "body", "after", "before", "slowly", "every", "day", "helps",
        "can", "feel", "your", "hip:glute", "Gesäß",
    ];

    private static readonly string[] Titles = ["Hip care", "Night cramps", "Desk work", "Glute pain", "Walking"];

    private static readonly string[] Summaries =
    [
        "A short summary of the article.", "What helps with cramps at night.", "Sitting less and moving more.",
    ];

    private static readonly Lazy<Article[]> Library = new(() => Generate(220));

    private static readonly Lazy<(SearchIndex Built, SearchIndex Updated)> Indexes = new(() =>
    {
        var articles = Library.Value;
        var stale = Stale(articles);
        var updated = SearchIndex.Build(articles.Where((_, i) => i % 2 == 1).Concat(stale))
            .Apply(stale, articles.Where((_, i) => i % 2 == 0).ToArray());
        return (SearchIndex.Build(articles), updated);
    });

    private static readonly Lazy<IndexView[]> Views = new(() =>
    {
        var articles = Library.Value;
        var stale = Stale(articles);
        var lineage = new IndexLineage(articles.Where((_, i) => i % 2 == 1).Concat(stale));
        var updated = lineage.TryApply(lineage.Latest, stale, articles.Where((_, i) => i % 2 == 0).ToArray())!;
        return [new IndexLineage(articles).Latest, updated];
    });

    public static IEnumerable<object[]> Queries()
    {
        var random = new Random(7);
        var queries = Enumerable.Range(0, 40)
            .Select(i => string.Join(' ', Enumerable.Range(0, 1 + i % 3).Select(_ => Words[random.Next(Words.Length)])))
            .Append("zebra cramp").Append("zebra");
        return queries.Distinct(StringComparer.Ordinal).Select(q => new object[] { q });
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_page_equals_the_reference(string query)
    {
        AssertPagesEqualReference(Indexes.Value.Built, query, SearchIndex.PageSize);
        AssertPagesEqualReference(Indexes.Value.Updated, query, SearchIndex.PageSize);
        AssertPagesEqualReference(Indexes.Value.Built, query, pageSize: 7);
    }

    /// <summary>
    /// The index adds up each term's field scores itself rather than running Lucene's query; what it adds must be
    /// what the query of one clause per term, each of one clause per field, scores, to the last bit.
    /// </summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public void Scores_are_those_of_lucenes_boolean_query_to_the_bit(string query)
    {
        var terms = SearchTerms.Of(query).Distinct().ToArray();
        foreach (var view in Views.Value)
        {
            var lucene = new ScoreRecorder();
            view.Searcher.Search(BooleanQueryOf(terms), lucene);
            var (hits, total) = QueryHits.Best(view, [.. terms.Select(t => TermMatches.Of(view, t))], view.Reader.MaxDoc);

            Assert.Equal(lucene.Scores.Count, total);
            Assert.Equal(
                lucene.Scores.OrderBy(s => s.Key).Select(s => (s.Key, BitConverter.SingleToInt32Bits(s.Value))),
                hits.OrderBy(h => h.Doc).Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
        }
    }

    [Fact]
    public void The_library_has_ties_and_snippets_from_every_kind_of_place()
    {
        var terms = SearchTerms.Of("cramp").ToHashSet(StringComparer.Ordinal);
        var ranked = Reference(Library.Value, terms);
        var snippets = ranked.Select(a => (Article: a, Block: FirstMatchingBlock(a, terms))).ToArray();

        // Hits with equal scores, some with different titles (the title decides) and some with the same (the slug).
        var ties = Indexes.Value.Built.SearchPage("cramp", 1, int.MaxValue).Hits
            .GroupBy(h => h.Score).Where(g => g.Count() > 1).ToArray();
        Assert.Contains(ties, g => g.Select(h => h.Article.Title).Distinct().Count() > 1);
        Assert.Contains(ties, g => g.GroupBy(h => h.Article.Title).Any(t => t.Count() > 1));
        Assert.Contains(snippets, s => s.Block < 0);
        Assert.Contains(snippets, s => s.Block > 0);
        Assert.Contains(snippets, s => s.Block == 0);
    }

    private static void AssertPagesEqualReference(SearchIndex index, string query, int pageSize)
    {
        var terms = SearchTerms.Of(query).Distinct().ToHashSet(StringComparer.Ordinal);
        var expected = Reference(Library.Value, terms);
        var scores = index.SearchPage(query, 1, int.MaxValue).Hits.ToDictionary(h => h.Article.Slug, h => h.Score);
        Assert.Equal(expected.Select(a => a.Slug).Order(StringComparer.Ordinal), scores.Keys.Order(StringComparer.Ordinal));
        var ordered = expected
            .OrderByDescending(a => Matched(a, terms))
            .ThenByDescending(a => scores[a.Slug])
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToArray();
        var pageCount = Math.Max(1, (ordered.Length + pageSize - 1) / pageSize);

        for (var page = 1; page <= pageCount + 1; page++)
        {
            var results = index.SearchPage(query, page, pageSize);
            var served = Math.Min(page, pageCount);
            Assert.Equal((ordered.Length, served, pageCount), (results.TotalHits, results.Page, results.PageCount));
            var want = ordered.Skip((served - 1) * pageSize).Take(pageSize).ToArray();
            Assert.Equal(want.Select(a => (a.Slug, scores[a.Slug])), results.Hits.Select(h => (h.Article.Slug, h.Score)));
            foreach (var (hit, article) in results.Hits.Zip(want))
            {
                var snippet = ReferenceSnippet(article, terms);
                Assert.Equal((snippet.Text, snippet.ShortenedAtStart, snippet.ShortenedAtEnd),
                    (hit.Snippet.Text, hit.Snippet.ShortenedAtStart, hit.Snippet.ShortenedAtEnd));
                Assert.Equal(snippet.Matches, hit.Snippet.Matches);
            }
        }
    }

    /// <summary>Half the articles with other text: indexed first and then replaced, they leave the index with deleted
    /// documents and more than one segment.</summary>
    private static Article[] Stale(Article[] articles) =>
        [.. articles.Where((_, i) => i % 2 == 0)
            .Select(a => Compile.Valid(SampleArticle.Create(a.Slug, "Placeholder").WithBody("Nothing here yet.\n")))];

    private static BooleanQuery BooleanQueryOf(IEnumerable<string> terms)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var anyField = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost, _) in SearchFields.Weighted)
            {
                anyField.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
            query.Add(anyField, Occur.SHOULD);
        }
        return query;
    }

    private static Article[] Reference(IEnumerable<Article> articles, IReadOnlySet<string> terms) =>
        articles.Where(a => Matched(a, terms) > 0).ToArray();

    private static int Matched(Article article, IReadOnlySet<string> terms)
    {
        var text = new[] { article.Title, article.Summary }.Concat(article.Headings.Select(h => h.Text)).Concat(article.TextBlocks);
        var found = text.SelectMany(SearchTerms.Of).ToHashSet(StringComparer.Ordinal);
        return terms.Count(found.Contains);
    }

    private static int FirstMatchingBlock(Article article, IReadOnlySet<string> terms) =>
        article.TextBlocks.Select((block, i) => Matches(block, terms).Count > 0 ? i : -1).FirstOrDefault(i => i >= 0, -1);

    private static SearchSnippet ReferenceSnippet(Article article, IReadOnlySet<string> terms)
    {
        var block = FirstMatchingBlock(article, terms);
        var text = block < 0 ? article.Summary : article.TextBlocks[block];
        return Snippets.Cut(text, Matches(text, terms));
    }

    private static List<SnippetMatch> Matches(string text, IReadOnlySet<string> terms) =>
        SearchTerms.Tokens(text).Where(t => terms.Contains(t.Term)).Select(t => new SnippetMatch(t.Start, t.Length)).ToList();

    /// <summary>Articles from a few titles, summaries and words; every fifth repeats an earlier one's body and
    /// summary under one of the plain titles, so it ties on score with it. Some paragraphs are long enough to be
    /// shortened.</summary>
    private static Article[] Generate(int count)
    {
        var random = new Random(11);
        var bodies = new string[count];
        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            var original = i % 5 == 4 ? i - 1 - random.Next(4) : i;
            bodies[i] = original < i ? bodies[original] : string.Join('\n', Enumerable.Range(0, random.Next(1, 7)).Select(b => (b % 3) switch
            {
                2 => $"## {Sentence(random, 3)}\n",
                1 => $"- {Sentence(random, 6)}\n- {Sentence(random, 5)}\n",
                _ => $"{Sentence(random, random.Next(4, 70))}\n",
            }));
            var title = Titles[random.Next(Titles.Length)] + (original == i && i % 3 == 0 ? " " + Words[random.Next(Words.Length)] : "");
            var summary = original < i ? articles[original].Summary : Summaries[random.Next(Summaries.Length)];
            articles[i] = Compile.Valid(SampleArticle.Create($"a{i:D3}", title).With("summary", summary).WithBody(bodies[i]));
        }
        return articles;
    }

    private static string Sentence(Random random, int words)
    {
        var chosen = Enumerable.Range(0, words).Select(_ => random.Next(4) == 0 ? Words[random.Next(Words.Length)] : Filler[random.Next(Filler.Length)]);
        var text = string.Join(' ', chosen);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>Every hit's score as Lucene's scorer gives it, hits out of order allowed (so a query of optional
    /// clauses runs on <c>BooleanScorer</c>, as a search for the best hits would).</summary>
    private sealed class ScoreRecorder : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Scores.Add(_docBase + doc, _scorer!.GetScore());
    }
}
