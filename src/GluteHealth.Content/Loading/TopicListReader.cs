using YamlDotNet.RepresentationModel;

namespace GluteHealth.Content.Loading;

/// <summary>Reads <c>topics.yml</c>: a YAML list of <c>key</c>, <c>name</c>, <c>description</c> maps.</summary>
internal static class TopicListReader
{
    public const string FileName = "topics.yml";

    public static TopicList? Read(string text, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var root = YamlDocument.Load(text, FileName, 1, problems);
        if (problems.Count > before)
        {
            return null;
        }
        if (root is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            problems.Add(new ContentProblem(FileName, 1, "must be a list of topics, each with key, name and description"));
            return null;
        }

        var topics = new List<Topic>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            var line = YamlDocument.FileLine(node, 1);
            if (node is not YamlMappingNode entry)
            {
                problems.Add(new ContentProblem(FileName, line, "each topic must have key, name and description"));
                continue;
            }
            string? Field(string name) =>
                entry.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode { Value: { } s }
                && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

            var key = Field("key");
            var name = Field("name");
            var description = Field("description");
            if (key is null || name is null || description is null)
            {
                problems.Add(new ContentProblem(FileName, line, "topic is missing its key, name or description"));
                continue;
            }
            if (!Slugs.IsValid(key))
            {
                problems.Add(new ContentProblem(FileName, line, $"topic key '{key}' must be lowercase letters and digits joined by hyphens"));
                continue;
            }
            if (!lines.TryAdd(key, line))
            {
                problems.Add(new ContentProblem(FileName, line, $"topic key '{key}' is listed twice (first on line {lines[key]})"));
                continue;
            }
            topics.Add(new Topic(key, name, description));
        }
        return problems.Count > before ? null : new TopicList(topics, lines);
    }
}
