using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// The "When to see a doctor" section every article ends its advice with: at least one see-a-doctor card,
/// and the care cards in it most urgent first (emergency, then urgent, then see a doctor), as a reader
/// skimming for what to do must meet them.
/// </summary>
public static class CareSection
{
    /// <summary>The section's anchor: what <c>## When to see a doctor</c> is given, or an explicit <c>{#when-to-see-a-doctor}</c>.</summary>
    public const string Id = "when-to-see-a-doctor";

    private static string LevelList => string.Join(", ", HealthCallout.CareLevels.Select(l => l.Name));

    internal static void Check(string file, MarkdownDocument document, List<ContentProblem> problems)
    {
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 2 && h.GetAttributes().Id == Id);
        if (heading is null)
        {
            problems.Add(new ContentProblem(file, FirstBodyLine(document),
                $"no '## When to see a doctor' section: every article needs one, with at least one ':::{HealthCallout.SeeADoctor.Name}' card"));
            return;
        }

        var cards = CardsIn(document, heading);
        if (!cards.Any(c => c.Level == HealthCallout.SeeADoctor))
        {
            problems.Add(new ContentProblem(file, heading.Line + 1,
                $"the 'When to see a doctor' section has no ':::{HealthCallout.SeeADoctor.Name}' card: every article needs at least one (care cards: {LevelList})"));
        }

        var leastUrgentSoFar = cards.FirstOrDefault();
        foreach (var card in cards.Skip(1))
        {
            if (Rank(card.Level) < Rank(leastUrgentSoFar.Level))
            {
                problems.Add(new ContentProblem(file, card.Line,
                    $"the ':::{card.Level.Name}' card must come before the ':::{leastUrgentSoFar.Level.Name}' card on line {leastUrgentSoFar.Line}: care cards go most urgent first ({LevelList})"));
            }
            else
            {
                leastUrgentSoFar = card;
            }
        }
    }

    /// <summary>The care cards from the heading up to the next H2 (so including any H3 subsections), with their 1-based lines.</summary>
    private static (HealthCallout Level, int Line)[] CardsIn(MarkdownDocument document, HeadingBlock heading) =>
        document.SkipWhile(b => b != heading).Skip(1)
            .TakeWhile(b => b is not HeadingBlock { Level: <= 2 })
            .SelectMany(b => b.Descendants().Prepend(b))
            .OfType<CustomContainer>()
            .Select(c => (Level: HealthCallout.Find(c.Info), Line: c.Line + 1))
            .Where(c => c.Level is not null && Rank(c.Level) >= 0)
            .Select(c => (c.Level!, c.Line))
            .ToArray();

    private static int Rank(HealthCallout level) => HealthCallout.CareLevels.IndexOf(level);

    private static int FirstBodyLine(MarkdownDocument document)
    {
        if (document.FirstOrDefault(b => b is not YamlFrontMatterBlock) is { } first)
        {
            return first.Line + 1;
        }
        // An empty body: point at the front matter's closing '---', the last line there is.
        return document.FirstOrDefault() is YamlFrontMatterBlock frontMatter ? frontMatter.Line + frontMatter.Lines.Count + 2 : 1;
    }
}
