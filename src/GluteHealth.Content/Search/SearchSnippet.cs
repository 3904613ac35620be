namespace GluteHealth.Content.Search;

/// <summary>
/// Plain text around the first match with the matched words' positions; the site encodes it and marks the ranges.
/// ShortenedAtStart / ShortenedAtEnd: the text was cut there from a longer block.
/// </summary>
public sealed record SearchSnippet(string Text, IReadOnlyList<SnippetMatch> Matches, bool ShortenedAtStart, bool ShortenedAtEnd)
{
    /// <summary>The text split into runs, each marked or not, in order (what a view renders).</summary>
    public IEnumerable<(string Text, bool Matched)> Runs()
    {
        var position = 0;
        foreach (var match in Matches)
        {
            if (match.Start > position)
            {
                yield return (Text[position..match.Start], false);
            }
            yield return (Text.Substring(match.Start, match.Length), true);
            position = match.Start + match.Length;
        }
        if (position < Text.Length)
        {
            yield return (Text[position..], false);
        }
    }
}
