namespace GluteHealth.Content.Related;

/// <summary>An article's topic neighbours, grouped by how many of its topics they share.</summary>
internal static class TopicCandidates
{
    /// <summary>
    /// The members of <paramref name="tables"/> other than <paramref name="article"/>, those sharing the most topics
    /// first. One merge of the tables' ascending ids counts every member's topics: a dictionary of slugs, or comparing
    /// the members' slugs, reaches into every member's article and string, and those cache misses were a third of a
    /// related list's cost at 10,000 articles.
    /// </summary>
    public static List<CandidateGroup> Of(TopicTermTable[] tables, TermProfile article)
    {
        if (tables.Length == 1)
        {
            return [new CandidateGroup(1, [.. tables[0].Members.Where(m => m.Id != article.Id)])];
        }
        var bySharedTopics = new List<TermProfile>[tables.Length + 1];
        var next = new int[tables.Length];
        while (true)
        {
            var first = long.MaxValue;
            var from = -1;
            for (var t = 0; t < tables.Length; t++)
            {
                var ids = tables[t].Ids;
                if (next[t] < ids.Length && ids[next[t]] < first)
                {
                    first = ids[next[t]];
                    from = t;
                }
            }
            if (from < 0)
            {
                break;
            }
            var member = tables[from].Members[next[from]];
            var shared = 0;
            for (var t = 0; t < tables.Length; t++)
            {
                var ids = tables[t].Ids;
                if (next[t] < ids.Length && ids[next[t]] == first)
                {
                    shared++;
                    next[t]++;
                }
            }
            if (first != article.Id)
            {
                (bySharedTopics[shared] ??= []).Add(member);
            }
        }
        var groups = new List<CandidateGroup>();
        for (var shared = tables.Length; shared > 0; shared--)
        {
            if (bySharedTopics[shared] is { } members)
            {
                groups.Add(new CandidateGroup(shared, members));
            }
        }
        return groups;
    }
}
