using GluteHealth.Content.Search;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class SearchTests
{
    private static Article Article(string slug, string title, string body, string summary = "A short summary of the article.") =>
        Compile.Valid(SampleArticle.Create(slug, title).With("summary", summary).WithBody(body));

    private static SearchIndex Index(params Article[] articles) => SearchIndex.Build(articles);

    private static string[] Found(SearchIndex index, string query) => index.Search(query).Select(h => h.Article.Slug).ToArray();

    private static readonly SearchIndex Sample = Index(
        Article("cramps", "Night problems", "A Cramp can wake you. Stretches help: stretch your calf gently.\n"),
        Article("sitting", "Desk work", "Long hours at a desk leave your hips stiff.\n"));

    [Theory]
    [InlineData("cramp")]
    [InlineData("CRAMP")]
    [InlineData("Cramp")]
    public void Search_ignores_case(string query)
    {
        Assert.Equal(["cramps"], Found(Sample, query));
    }

    [Theory]
    [InlineData("crámp")]
    [InlineData("cràmp")]
    [InlineData("CRÂMPS")]
    public void Search_ignores_diacritics_in_the_query(string query)
    {
        Assert.Equal(["cramps"], Found(Sample, query));
    }

    [Fact]
    public void Search_ignores_diacritics_in_the_text()
    {
        var index = Index(Article("ueber", "Über Gesäßschmerzen", "Text.\n"));

        Assert.Equal(["ueber"], Found(index, "uber"));
    }

    [Theory]
    [InlineData("cramps")]
    [InlineData("stretch")]
    [InlineData("stretches")]
    [InlineData("hour")]
    public void Search_matches_simple_plurals_both_ways(string query)
    {
        var expected = query.StartsWith("hour", StringComparison.Ordinal) ? "sitting" : "cramps";

        Assert.Equal([expected], Found(Sample, query));
    }

    [Theory]
    [InlineData("cramps", "cramp")]
    [InlineData("stretches", "stretch")]
    [InlineData("injuries", "injury")]
    [InlineData("bruises", "bruise")]
    [InlineData("stress", "stress")]
    [InlineData("Crámp", "cramp")]
    public void Terms_fold_case_diacritics_and_plurals(string word, string term)
    {
        Assert.Equal(term, SearchTerms.Term(word));
    }

    [Fact]
    public void Title_match_ranks_above_body_only_match()
    {
        var index = Index(
            Article("body-only", "Aaa hip care", "Piriformis, piriformis and again piriformis.\n"),
            Article("in-title", "Piriformis stretch", "Gentle movement helps.\n"));

        var hits = index.Search("piriformis");

        Assert.Equal(["in-title", "body-only"], hits.Select(h => h.Article.Slug));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Articles_matching_more_query_words_rank_first()
    {
        var index = Index(
            Article("one-word", "Glute glute glute", "Glute.\n"),
            Article("both-words", "Zzz", "Glute cramp.\n"));

        Assert.Equal("both-words", index.Search("glute cramp")[0].Article.Slug);
    }

    [Fact]
    public void Snippet_marks_the_matched_word_as_written()
    {
        var hit = Assert.Single(Sample.Search("cramps"));

        Assert.Contains("<mark>Cramp</mark> can wake you", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_html_encodes_the_text_around_the_match()
    {
        var index = Index(Article("enc", "Encoding", "Salt & water, not <b>bold</b> tricks, ease a cramp.\n"));

        var snippet = Assert.Single(index.Search("cramp")).SnippetHtml;

        Assert.Equal("Salt &amp; water, not &lt;b&gt;bold&lt;/b&gt; tricks, ease a <mark>cramp</mark>.", snippet);
    }

    [Fact]
    public void Snippet_of_a_long_block_is_shortened_around_the_match()
    {
        var filler = string.Join(' ', Enumerable.Repeat("filler", 80));
        var index = Index(Article("long", "Long", $"{filler} cramp {filler}.\n"));

        var snippet = Assert.Single(index.Search("cramp")).SnippetHtml;

        Assert.Contains("<mark>cramp</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 300, snippet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("what is it")]
    [InlineData("?!.,")]
    public void Empty_or_stop_word_only_query_returns_no_hits(string query)
    {
        Assert.Empty(Sample.Search(query));
    }

    [Fact]
    public void Word_found_nowhere_returns_no_hits()
    {
        Assert.Empty(Sample.Search("sciatica"));
    }

    [Fact]
    public void Very_long_query_does_not_throw()
    {
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => "w" + i));
        string[] queries = [new string('a', 500), ("cramp " + words)[..500], new string('<', 500), string.Concat(Enumerable.Repeat("e\u0301", 250))];

        foreach (var query in queries)
        {
            Assert.Equal(500, query.Length);
            var exception = Record.Exception(() => Sample.Search(query));
            Assert.Null(exception);
        }
        Assert.Equal(["cramps"], Found(Sample, queries[1]));
    }

    [Fact]
    public void Limit_caps_the_number_of_hits()
    {
        var index = Index(Enumerable.Range(0, 5).Select(i => Article($"a{i}", $"Cramp {i}", "Text.\n")).ToArray());

        Assert.Equal(2, index.Search("cramp", limit: 2).Count);
    }
}
