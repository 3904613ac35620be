using GluteHealth.Content.Markdown;

namespace GluteHealth.Content;

/// <summary>An emergency, urgent or see-a-doctor card of an article, with the plain text of what it lists.</summary>
public sealed record CareCard(HealthCallout Level, IReadOnlyList<string> Text);
