namespace GluteHealth.Content.Search;

/// <summary>
/// Picks the first text block with a query term and cuts a window of about 220 characters around it. The block is
/// found from the body's offsets in the index (the first occurrence of each query term), so only that block is
/// analysed again, not the article from its start.
/// </summary>
internal static class Snippets
{
    private const int Length = 220;

    /// <summary>The first character offset of a query term in the body field, for a document that has none.</summary>
    public const int NoBodyMatch = int.MaxValue;

    /// <summary>One snippet per hit, in the order given; <paramref name="terms"/> are the query's, with where each occurs.</summary>
    public static SearchSnippet[] For(IndexView view, IReadOnlyList<RankedHit> hits, IReadOnlyList<(string Term, TermMatches Matches)> terms)
    {
        var termSet = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return [.. hits.Select(hit => For(view.ArticleAt(hit.Doc), terms.Min(t => t.Matches.FirstBodyOffsetIn(hit.Doc)), termSet))];
    }

    /// <summary>
    /// The snippet from the block holding <paramref name="firstBodyOffset"/> (an offset into the body field, whose
    /// values are the text blocks), or from the summary when the body has no query term. An offset that leads to
    /// no match falls back to reading the blocks in order, so a snippet never depends on the offsets being right.
    /// </summary>
    public static SearchSnippet For(Article article, int firstBodyOffset, HashSet<string> terms)
    {
        if (firstBodyOffset != NoBodyMatch)
        {
            var located = BlockAt(article.TextBlocks, firstBodyOffset);
            var matches = located < 0 ? [] : Matched(article.TextBlocks[located], terms);
            if (matches.Count > 0)
            {
                return Cut(article.TextBlocks[located], matches);
            }
            var scanned = article.TextBlocks
                .Select(b => (Block: b, Matches: Matched(b, terms)))
                .FirstOrDefault(b => b.Matches.Count > 0);
            if (scanned.Block is not null)
            {
                return Cut(scanned.Block, scanned.Matches);
            }
        }
        return Cut(article.Summary, Matched(article.Summary, terms));
    }

    /// <summary>The index of the text block an offset of the body field falls in, or -1: each value's offsets
    /// follow the previous value's length and the analyser's offset gap.</summary>
    public static int BlockAt(IReadOnlyList<string> blocks, int offset)
    {
        var gap = SearchAnalyzer.Instance.GetOffsetGap(SearchFields.Body);
        var start = 0;
        for (var i = 0; i < blocks.Count && offset >= start; i++)
        {
            if (offset < start + blocks[i].Length)
            {
                return i;
            }
            start += blocks[i].Length + gap;
        }
        return -1;
    }

    /// <summary>A window around the first match, with the matches inside it.</summary>
    public static SearchSnippet Cut(string block, IReadOnlyList<SnippetMatch> matches)
    {
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

    private static List<SnippetMatch> Matched(string text, HashSet<string> terms) => SearchTerms.WordsOf(text, terms);

    private static int StartOfWordBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', Math.Clamp(index, 0, text.Length - 1));
        return space < 0 ? 0 : space + 1;
    }
}
