using GluteHealth.Content.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace GluteHealth.Content;

/// <summary>An emergency, urgent or see-a-doctor card of an article, with the plain text of what it lists.</summary>
public sealed record CareCard(HealthCallout Level, IReadOnlyList<string> Text)
{
    internal static IReadOnlyList<CareCard> AllIn(MarkdownDocument document) =>
        document.Descendants<CustomContainer>()
            .Select(card => (Card: card, Level: HealthCallout.Find(card.Info)))
            .Where(c => c.Level is not null && HealthCallout.CareLevels.Contains(c.Level))
            .Select(c => new CareCard(c.Level!, c.Card.Descendants<ParagraphBlock>().Select(MarkdownText.Of).Where(t => t.Length > 0).ToArray()))
            .ToArray();
}
