using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GluteHealth.Content.Loading;

/// <summary>Reads and validates an article's YAML front matter, reporting every problem with its file line.</summary>
internal static class FrontMatterReader
{
    public const int MaxSummaryLength = 160;

    private static readonly string[] RequiredFields = ["title", "slug", "summary", "topics", "published", "reviewed"];
    private static readonly HashSet<string> KnownFields = [.. RequiredFields, "aliases"];

    /// <param name="firstLine">File line of the first YAML line (the line after the opening <c>---</c>).</param>
    public static FrontMatter? Read(string file, string yaml, int firstLine, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var root = YamlDocument.Load(yaml, file, firstLine, problems);
        if (problems.Count > before)
        {
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            problems.Add(new ContentProblem(file, firstLine, "front matter must be YAML fields such as 'title: ...'"));
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = YamlDocument.FileLine(keyNode, firstLine);
            if (!KnownFields.Contains(key))
            {
                problems.Add(new ContentProblem(file, line, $"unknown field '{key}' (known fields: {string.Join(", ", KnownFields)})"));
                continue;
            }
            fields[key] = value;
            lines[key] = line;
        }

        foreach (var missing in RequiredFields.Where(f => !fields.ContainsKey(f)))
        {
            problems.Add(new ContentProblem(file, firstLine, $"missing required field '{missing}'"));
        }

        var reader = new FieldReader(file, fields, lines, problems);
        var title = reader.Text("title");
        var slug = reader.Text("slug");
        var summary = reader.Text("summary");
        var topics = reader.List("topics");
        var aliases = reader.List("aliases");
        var published = reader.Date("published");
        var reviewed = reader.Date("reviewed");

        if (slug is not null && !Slugs.IsValid(slug))
        {
            reader.Problem("slug", $"slug '{slug}' must be lowercase letters and digits joined by single hyphens");
        }
        foreach (var alias in aliases ?? [])
        {
            if (!Slugs.IsValid(alias))
            {
                reader.Problem("aliases", $"alias '{alias}' must be lowercase letters and digits joined by single hyphens");
            }
            else if (alias == slug)
            {
                reader.Problem("aliases", $"alias '{alias}' is the article's own slug");
            }
        }
        if (summary is { Length: > MaxSummaryLength })
        {
            reader.Problem("summary", $"summary is {summary.Length} characters; the limit is {MaxSummaryLength}");
        }
        if (topics is { Count: 0 })
        {
            reader.Problem("topics", "topics must list at least one topic key");
        }
        if (published is { } p && reviewed is { } r && r < p)
        {
            reader.Problem("reviewed", $"reviewed date {r:yyyy-MM-dd} is before the published date {p:yyyy-MM-dd}");
        }

        if (problems.Count > before || title is null || slug is null || summary is null || topics is null
            || published is null || reviewed is null)
        {
            return null;
        }
        return new FrontMatter(title, slug, summary, topics.Distinct().ToArray(), published.Value, reviewed.Value,
            aliases?.Distinct().ToArray() ?? [], lines);
    }

    private sealed class FieldReader(
        string file, Dictionary<string, YamlNode> fields, Dictionary<string, int> lines, List<ContentProblem> problems)
    {
        public void Problem(string field, string message) =>
            problems.Add(new ContentProblem(file, lines.GetValueOrDefault(field), message));

        public string? Text(string field)
        {
            if (!fields.TryGetValue(field, out var node))
            {
                return null;
            }
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
            Problem(field, $"'{field}' must be a non-empty line of text");
            return null;
        }

        public IReadOnlyList<string>? List(string field)
        {
            if (!fields.TryGetValue(field, out var node))
            {
                return null;
            }
            switch (node)
            {
                case YamlScalarNode { Value: { Length: > 0 } single }:
                    return [single.Trim()];
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                    return sequence.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToArray();
                default:
                    Problem(field, $"'{field}' must be a list of keys, like [first, second]");
                    return null;
            }
        }

        public DateOnly? Date(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Problem(field, $"'{field}' must be an ISO date (YYYY-MM-DD), not '{text}'");
            return null;
        }
    }
}
