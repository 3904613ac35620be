namespace GluteHealth.Content.Related;

/// <summary>
/// How many of one topic's articles have each term. A related list weighs a term by its rarity in the article's own
/// topics, so a change outside them moves nothing; each table is built the first time a list needs it.
/// </summary>
internal sealed class TopicTermTable
{
    private readonly Dictionary<int, int> _counts;

    private TopicTermTable(TermProfile[] members, Dictionary<int, int> counts)
    {
        Members = members;
        Ids = [.. members.Select(m => m.Id)];
        _counts = counts;
    }

    public int Size => Members.Length;

    /// <summary>
    /// The profiles of the topic's articles when the table was built (a change to any of them drops it), in the order
    /// of their <see cref="TermProfile.Id"/>s.
    /// </summary>
    public TermProfile[] Members { get; }

    /// <summary>The members' ids, ascending: tables are merged by them without reaching into the members.</summary>
    public long[] Ids { get; }

    public int ArticlesWith(int term) => _counts.GetValueOrDefault(term);

    public static TopicTermTable Of(IReadOnlyCollection<Article> members, bool inParallel = true)
    {
        var profiles = TermProfile.OfAll(members, inParallel);
        Array.Sort(profiles, (a, b) => a.Id.CompareTo(b.Id));
        var counts = new Dictionary<int, int>();
        foreach (var term in profiles.SelectMany(p => p.Terms))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return new TopicTermTable(profiles, counts);
    }
}
