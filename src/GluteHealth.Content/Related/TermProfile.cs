using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Analysis.TokenAttributes;
using GluteHealth.Content.Search;

namespace GluteHealth.Content.Related;

/// <summary>
/// An article's most frequent terms (longer than three letters), worked out the first time a related list needs them
/// and kept with the article object, so a reload works them out again only for articles it replaced.
/// </summary>
internal sealed class TermProfile
{
    // 256 keeps the five real articles' lists (128 did not); an article has about 400 such terms.
    private const int TermsKept = 256;
    private const int TermsPosted = 16;
    private const int ShortestTermKept = 4;
    // Below this many articles PLINQ's own start-up costs more than it saves (a five-article library's first related
    // list would set it up only to profile five articles).
    private const int MadeInParallelFrom = 64;

    private static readonly ConditionalWeakTable<Article, TermProfile> Profiles = [];
    private static long _lastId;

    private readonly int[] _postedSorted;

    private TermProfile(Article article, int[] terms, int[] posted)
    {
        Article = article;
        Id = Interlocked.Increment(ref _lastId);
        Terms = terms;
        Posted = posted;
        _postedSorted = [.. posted.Order()];
    }

    public Article Article { get; }

    /// <summary>
    /// Unique to this profile, so to its article object: a snapshot holds one object per slug (a changed article's
    /// topics drop their tables), so two tables of one snapshot name the same article by the same id.
    /// </summary>
    public long Id { get; }

    /// <summary>The kept terms' ids, ascending.</summary>
    public int[] Terms { get; }

    /// <summary>The most frequent of them, most frequent first (then by term): the ones posted library-wide.</summary>
    public int[] Posted { get; }

    public static TermProfile Of(Article article) => Profiles.GetValue(article, Make);

    /// <summary>The profiles of <paramref name="articles"/>, in no set order; many are worked out in parallel.</summary>
    public static TermProfile[] OfAll(IReadOnlyCollection<Article> articles, bool inParallel = true) =>
        inParallel && articles.Count >= MadeInParallelFrom
            ? articles.AsParallel().Select(Of).ToArray()
            : [.. articles.Select(Of)];

    /// <summary>Whether the profile of this article object has been worked out (tests observe laziness with it).</summary>
    internal static bool IsMade(Article article) => Profiles.TryGetValue(article, out _);

    public bool Posts(int term) => Array.BinarySearch(_postedSorted, term) >= 0;

    private static TermProfile Make(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Count(article.Title, lookup);
        Count(article.Summary, lookup);
        foreach (var heading in article.Headings)
        {
            Count(heading.Text, lookup);
        }
        foreach (var block in article.TextBlocks)
        {
            Count(block, lookup);
        }
        var kept = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(TermsKept)
            .Select(c => TermIds.Of(c.Key)).ToArray();
        return new TermProfile(article, [.. kept.Order()], kept[..Math.Min(TermsPosted, kept.Length)]);
    }

    // Counted straight from the analyser's term buffer: a string is made once per distinct term, not once per word.
    private static void Count(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts)
    {
        using var stream = SearchAnalyzer.Instance.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length >= ShortestTermKept)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, term.Buffer.AsSpan(0, term.Length), out _)++;
            }
        }
        stream.End();
    }
}
