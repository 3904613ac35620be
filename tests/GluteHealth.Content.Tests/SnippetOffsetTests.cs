using GluteHealth.Content.Search;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// A snippet's block is found from the body's offsets in the index: the offset of a term's first occurrence must
/// fall in the first block that has the term, whatever the blocks hold (lists, headings, colons, diacritics,
/// characters outside the Basic Multilingual Plane, words longer than the tokenizer keeps).
/// </summary>
public sealed class SnippetOffsetTests
{
    private static readonly Article Sample = Compile.Valid(SampleArticle.Create("offsets", "Title only zebra").WithBody(
        "A cramp: it wakes you 💪 at night.\n\n" +
        "## Why the Gesäß aches\n\n" +
        "- Sitting all day.\n- Crámps after walking, \"stretching\" too.\n\n" +
        $"{new string('x', 80)} long words are skipped; hip:glute stays two words.\n\n" +
        "Rest, then walk again: the cramp fades.\n"));

    private static IndexView View() => new IndexLineage([Sample]).Latest;

    public static IEnumerable<object[]> BodyTerms() =>
        Sample.TextBlocks.SelectMany(SearchTerms.Of).Distinct().Select(t => new object[] { t });

    [Theory]
    [MemberData(nameof(BodyTerms))]
    public void A_terms_first_offset_falls_in_the_first_block_with_it(string term)
    {
        var firstBlock = Sample.TextBlocks.Select((b, i) => (Terms: SearchTerms.Of(b), Index: i)).First(b => b.Terms.Contains(term)).Index;

        var offset = TermMatches.Of(View(), term).FirstBodyOffsetIn(0);

        Assert.Equal(firstBlock, Snippets.BlockAt(Sample.TextBlocks, offset));
    }

    [Fact]
    public void The_earliest_of_several_terms_wins()
    {
        var view = View();
        var offset = new[] { "walk", "sitting" }.Min(word => TermMatches.Of(view, SearchTerms.Term(word)!).FirstBodyOffsetIn(0));

        Assert.Equal(2, Snippets.BlockAt(Sample.TextBlocks, offset));
        Assert.StartsWith("Sitting", Sample.TextBlocks[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_outside_the_body_has_no_offset()
    {
        Assert.Equal(Snippets.NoBodyMatch, TermMatches.Of(View(), SearchTerms.Term("zebra")!).FirstBodyOffsetIn(0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void A_wrong_offset_still_gives_the_first_matching_block(int offset)
    {
        var terms = new HashSet<string>([SearchTerms.Term("walk")!], StringComparer.Ordinal);

        var snippet = Snippets.For(Sample, offset, terms);

        Assert.StartsWith("Crámps after walking", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_body_match_the_snippet_is_the_summary()
    {
        var terms = new HashSet<string>([SearchTerms.Term("zebra")!], StringComparer.Ordinal);

        Assert.Equal(Sample.Summary, Snippets.For(Sample, Snippets.NoBodyMatch, terms).Text);
    }
}
