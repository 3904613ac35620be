using Lucene.Net.Analysis.TokenAttributes;

namespace GluteHealth.Content.Search;

/// <summary>
/// Turns text into comparable terms with the search analysis chain: case and diacritics folded, words stemmed
/// ("cramps" and "Crámp" become one term, so do "running" and "run"), common words dropped.
/// </summary>
public static class SearchTerms
{
    public static IEnumerable<string> Of(string text) => Tokens(text).Select(t => t.Term);

    /// <summary>The term a single word reduces to, or null for a word search ignores.</summary>
    public static string? Term(string word) => Tokens(word).Select(t => t.Term).FirstOrDefault();

    /// <summary>Every term of <paramref name="text"/> with the start and length of the word it came from.</summary>
    internal static IReadOnlyList<(string Term, int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = SearchAnalyzer.Instance.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset - offset.StartOffset));
        }
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Where the words of <paramref name="text"/> whose terms are in <paramref name="terms"/> (an ordinal set) start,
    /// and how long they are: <see cref="Tokens"/> filtered, without making a string of every word.
    /// </summary>
    internal static List<SnippetMatch> WordsOf(string text, HashSet<string> terms)
    {
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<SnippetMatch>();
        using var stream = SearchAnalyzer.Instance.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (lookup.Contains(term.Buffer.AsSpan(0, term.Length)))
            {
                words.Add(new SnippetMatch(offset.StartOffset, offset.EndOffset - offset.StartOffset));
            }
        }
        stream.End();
        return words;
    }
}
