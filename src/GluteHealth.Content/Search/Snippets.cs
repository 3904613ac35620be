namespace GluteHealth.Content.Search;

/// <summary>Picks the first text block with a query term and cuts a window of about 220 characters around it.</summary>
internal static class Snippets
{
    private const int Length = 220;

    public static SearchSnippet For(Article article, IReadOnlySet<string> terms)
    {
        var (block, matches) = article.TextBlocks
            .Select(b => (Block: b, Matches: Matched(b, terms)))
            .FirstOrDefault(b => b.Matches.Count > 0, (Block: article.Summary, Matches: Matched(article.Summary, terms)));

        var first = matches.Count > 0 ? matches[0] : new SnippetMatch(0, 0);
        var start = first.Start > Length / 2 ? StartOfWordBefore(block, first.Start - Length / 3) : 0;
        var end = Math.Min(block.Length, start + Length);
        if (end < block.Length)
        {
            end = Math.Max(block.LastIndexOf(' ', end), first.Start + first.Length);
        }

        var inside = matches
            .Where(m => m.Start >= start && m.Start + m.Length <= end)
            .Select(m => m with { Start = m.Start - start })
            .ToArray();
        return new SearchSnippet(block[start..end], inside, start > 0, end < block.Length);
    }

    private static List<SnippetMatch> Matched(string text, IReadOnlySet<string> terms) =>
        SearchTerms.Tokens(text).Where(t => terms.Contains(t.Term)).Select(t => new SnippetMatch(t.Start, t.Length)).ToList();

    private static int StartOfWordBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', Math.Clamp(index, 0, text.Length - 1));
        return space < 0 ? 0 : space + 1;
    }
}
