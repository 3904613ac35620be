using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    /// <summary>One snippet per hit, in the order given.</summary>
    public static SearchSnippet[] For(IndexView view, IReadOnlyList<RankedHit> hits, IReadOnlyList<string> terms)
    {
        var offsets = FirstBodyOffsets(view.Reader, hits.Select(h => h.Doc).ToArray(), terms);
        var termSet = terms.ToHashSet(StringComparer.Ordinal);
        return hits.Select((hit, i) => For(view.ArticleAt(hit.Doc), offsets[i], termSet)).ToArray();
    }

    /// <summary>
    /// The snippet from the block holding <paramref name="firstBodyOffset"/> (an offset into the body field, whose
    /// values are the text blocks), or from the summary when the body has no query term. An offset that leads to
    /// no match falls back to reading the blocks in order, so a snippet never depends on the offsets being right.
    /// </summary>
    public static SearchSnippet For(Article article, int firstBodyOffset, IReadOnlySet<string> terms)
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

    /// <summary>
    /// For each document (top-level ids), the smallest start offset of any of <paramref name="terms"/> in its body,
    /// or <see cref="NoBodyMatch"/>. Offsets grow with positions, so each term's first position is its first offset.
    /// </summary>
    public static int[] FirstBodyOffsets(IndexReader reader, int[] docs, IReadOnlyList<string> terms)
    {
        var first = Enumerable.Repeat(NoBodyMatch, docs.Length).ToArray();
        var ascending = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();
        foreach (var term in terms)
        {
            var bytes = new BytesRef(term);
            var leafIndex = -1;
            DocsAndPositionsEnum? postings = null;
            foreach (var i in ascending)
            {
                var leaf = ReaderUtil.SubIndex(docs[i], reader.Leaves);
                if (leaf != leafIndex)
                {
                    leafIndex = leaf;
                    postings = BodyPostings(reader.Leaves[leaf].AtomicReader, bytes);
                }
                if (postings is null)
                {
                    continue;
                }
                var doc = docs[i] - reader.Leaves[leaf].DocBase;
                var at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
                if (at == doc)
                {
                    postings.NextPosition();
                    first[i] = Math.Min(first[i], postings.StartOffset);
                }
            }
        }
        return first;
    }

    private static DocsAndPositionsEnum? BodyPostings(AtomicReader reader, BytesRef term)
    {
        var terms = reader.GetTerms(SearchFields.Body)?.GetEnumerator();
        return terms is not null && terms.SeekExact(term) ? terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS) : null;
    }

    private static List<SnippetMatch> Matched(string text, IReadOnlySet<string> terms) =>
        SearchTerms.Tokens(text).Where(t => terms.Contains(t.Term)).Select(t => new SnippetMatch(t.Start, t.Length)).ToList();

    private static int StartOfWordBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', Math.Clamp(index, 0, text.Length - 1));
        return space < 0 ? 0 : space + 1;
    }
}
