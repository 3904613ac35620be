using System.Globalization;
using System.Text;

namespace GluteHealth.Content.Search;

/// <summary>
/// Turns text into comparable terms: case and diacritics folded, simple English plurals reduced
/// ("cramps" and "Crámp" both become "cramp"), common words dropped.
/// </summary>
public static class SearchTerms
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in", "is",
        "it", "my", "of", "on", "or", "the", "to", "what", "when", "why", "with", "you", "your",
    ];

    public static IEnumerable<string> Of(string text)
    {
        foreach (var (start, length) in Words(text))
        {
            if (Term(text.AsSpan(start, length)) is { } term)
            {
                yield return term;
            }
        }
    }

    /// <summary>The term a single word reduces to, or null for a word search ignores.</summary>
    public static string? Term(ReadOnlySpan<char> word)
    {
        var folded = Fold(word);
        return folded.Length == 0 || StopWords.Contains(folded) ? null : Singular(folded);
    }

    /// <summary>Start and length of every run of letters and digits (apostrophes inside a word kept).</summary>
    public static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] == '\'' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    private static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\'')
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    private static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word.EndsWith('s') ? word[..^1] : word;
    }
}
