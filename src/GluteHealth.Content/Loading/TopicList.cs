namespace GluteHealth.Content.Loading;

/// <summary>The topics read from <c>topics.yml</c>, with the file line of each key.</summary>
internal sealed record TopicList(IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, int> KeyLines)
{
    public static readonly TopicList Empty = new([], new Dictionary<string, int>());
}
