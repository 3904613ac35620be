namespace GluteHealth.Content.Loading;

/// <summary>The topics read from <c>topics.yml</c>, with the file line of each key.</summary>
internal sealed record TopicList(IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, int> KeyLines)
{
    public static readonly TopicList Empty = new([], new Dictionary<string, int>());

    /// <summary>The same topics at the same lines (records compare lists by reference, so this compares them by value).</summary>
    public bool SameAs(TopicList other) =>
        Topics.SequenceEqual(other.Topics)
        && KeyLines.Count == other.KeyLines.Count
        && KeyLines.All(line => other.KeyLines.TryGetValue(line.Key, out var otherLine) && otherLine == line.Value);
}
