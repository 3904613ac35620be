using GluteHealth.Content.Search;

namespace GluteHealth.Content.Tests;

public sealed class SearchTermsTests
{
    [Fact]
    public void A_colon_separates_words()
    {
        Assert.Equal(["hip", "glute", "pain"], SearchTerms.Of("hip:glute: pain"));
    }

    [Fact]
    public void Colons_split_words_anywhere_in_a_long_text_and_offsets_point_at_the_original_words()
    {
        // Longer than the tokenizer's read buffer, so colons fall in later reads too.
        var text = string.Concat(Enumerable.Repeat("stiff:hips ache ", 2000));

        var tokens = SearchTerms.Tokens(text);

        Assert.Equal(6000, tokens.Count);
        Assert.All(tokens.Where(t => t.Term == "hip"), t => Assert.Equal("hips", text.Substring(t.Start, t.Length)));
        Assert.Equal(2000, tokens.Count(t => t.Term == "stiff"));
    }
}
