using System.Net;
using System.Text;

namespace GluteHealth.Content.Search;

/// <summary>
/// An in-memory index over titles, headings, summaries and bodies, built with each content snapshot.
/// Title and heading matches outrank body matches.
/// </summary>
public sealed class SearchIndex
{
    public const int MaxQueryLength = 200;
    private const int SnippetLength = 220;

    private static readonly (Func<Article, IEnumerable<string>> Text, double Weight)[] Fields =
    [
        (a => [a.Title], 10),
        (a => a.Headings.Select(h => h.Text), 5),
        (a => [a.Summary], 3),
        (a => a.TextBlocks, 1),
    ];

    private readonly IReadOnlyList<Entry> _entries;

    private SearchIndex(IReadOnlyList<Entry> entries) => _entries = entries;

    public static SearchIndex Build(IEnumerable<Article> articles) =>
        new(articles.Select(a => new Entry(a, Fields.Select(f => TermCounts(f.Text(a))).ToArray())).ToArray());

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var terms = SearchTerms.Of(query).Distinct().Take(12).ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        return _entries
            .Select(e => (Entry: e, Matched: terms.Count(e.Contains), Score: e.Score(terms)))
            .Where(r => r.Matched > 0)
            .OrderByDescending(r => r.Matched)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Entry.Article.Title, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => new SearchHit(r.Entry.Article, r.Score, Snippet(r.Entry.Article, terms)))
            .ToArray();
    }

    private static Dictionary<string, int> TermCounts(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in texts.SelectMany(SearchTerms.Of))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return counts;
    }

    private static string Snippet(Article article, string[] terms)
    {
        var block = article.TextBlocks.FirstOrDefault(b => SearchTerms.Of(b).Any(terms.Contains)) ?? article.Summary;
        var words = SearchTerms.Words(block).ToArray();
        var first = words.FirstOrDefault(w => terms.Contains(SearchTerms.Term(block.AsSpan(w.Start, w.Length)) ?? ""));
        var start = first.Start > SnippetLength / 2 ? StartOfWordBefore(block, first.Start - SnippetLength / 3) : 0;
        var end = Math.Min(block.Length, start + SnippetLength);
        if (end < block.Length)
        {
            end = Math.Max(block.LastIndexOf(' ', end), first.Start + first.Length);
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }
        var position = start;
        foreach (var (wordStart, length) in words.Where(w => w.Start >= start && w.Start + w.Length <= end))
        {
            if (!terms.Contains(SearchTerms.Term(block.AsSpan(wordStart, length)) ?? ""))
            {
                continue;
            }
            html.Append(WebUtility.HtmlEncode(block[position..wordStart]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(block.Substring(wordStart, length))).Append("</mark>");
            position = wordStart + length;
        }
        html.Append(WebUtility.HtmlEncode(block[position..end]));
        if (end < block.Length)
        {
            html.Append(" …");
        }
        return html.ToString();
    }

    private static int StartOfWordBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', Math.Clamp(index, 0, text.Length - 1));
        return space < 0 ? 0 : space + 1;
    }

    private sealed record Entry(Article Article, Dictionary<string, int>[] FieldTerms)
    {
        public bool Contains(string term) => FieldTerms.Any(f => f.ContainsKey(term));

        public double Score(IEnumerable<string> terms) =>
            terms.Sum(term => FieldTerms.Select((field, i) =>
                field.TryGetValue(term, out var count) ? Fields[i].Weight * (1 + Math.Log(count)) : 0).Sum());
    }
}
