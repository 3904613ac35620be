using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (from tests/GluteHealth.BrowserTests/node_modules) on the current page.</summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 levels A and AA.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // Only what a failure message needs crosses back from the browser.
    private const string RunScript = """
        async (tags) => {
            const results = await axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations'],
            });
            return results.violations.map(v => ({
                id: v.id,
                impact: v.impact || '',
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
                    html: n.html,
                    summary: n.failureSummary || '',
                })),
            }));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        }
        var violations = await page.EvaluateAsync<JsonElement>(RunScript, Tags);
        return violations.Deserialize<List<AxeViolation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }

    public static string Describe(string where, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder();
        text.Append(where).Append(": ").Append(violations.Count).AppendLine(" axe-core violation(s):");
        foreach (var v in violations)
        {
            text.Append("- ").Append(v.Id).Append(" [").Append(v.Impact).Append("] ").Append(v.Help)
                .Append(" (").Append(v.HelpUrl).AppendLine(")");
            foreach (var node in v.Nodes)
            {
                text.Append("    at ").AppendLine(string.Join(", ", node.Target));
                text.Append("       ").AppendLine(Shorten(node.Html, 200));
                foreach (var line in node.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    text.Append("       ").AppendLine(line);
                }
            }
        }
        return text.ToString();
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}

public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

public sealed record AxeNode(IReadOnlyList<string> Target, string Html, string Summary);
