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
        HeadingBlock? section = null;
        var inSection = false;
        var hasSeeADoctor = false;
        (int Rank, CustomContainer Card)? leastUrgentSoFar = null;

        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 2 } heading when heading.Parent is MarkdownDocument:
                    if (inSection && !hasSeeADoctor)
                    {
                        problems.Add(NoSeeADoctorCard(file, section!));
                    }
                    inSection = section is null && heading.Level == 2 && heading.GetAttributes().Id == Id;
                    section = inSection ? heading : section;
                    break;
                case CustomContainer card when inSection && HealthCallout.Find(card.Info) is { } callout
                                               && HealthCallout.CareLevels.IndexOf(callout) is var rank and >= 0:
                    hasSeeADoctor |= callout == HealthCallout.SeeADoctor;
                    if (leastUrgentSoFar is { } earlier && rank < earlier.Rank)
                    {
                        problems.Add(new ContentProblem(file, card.Line + 1,
                            $"the ':::{callout.Name}' card must come before the ':::{HealthCallout.CareLevels[earlier.Rank].Name}' card on line {earlier.Card.Line + 1}: care cards go most urgent first ({LevelList})"));
                    }
                    else
                    {
                        leastUrgentSoFar = (rank, card);
                    }
                    break;
            }
        }

        if (inSection && !hasSeeADoctor)
        {
            problems.Add(NoSeeADoctorCard(file, section!));
        }
        if (section is null)
        {
            problems.Add(new ContentProblem(file, FirstBodyLine(document),
                $"no '## When to see a doctor' section: every article needs one, with at least one ':::{HealthCallout.SeeADoctor.Name}' card"));
        }
    }

    private static ContentProblem NoSeeADoctorCard(string file, HeadingBlock section) =>
        new(file, section.Line + 1,
            $"the 'When to see a doctor' section has no ':::{HealthCallout.SeeADoctor.Name}' card: every article needs at least one (care cards: {LevelList})");

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
