using System.Collections.Immutable;

namespace GluteHealth.Content.Markdown;

/// <summary>The kinds of <c>:::name</c> containers the articles may use, and how each is announced.</summary>
public sealed record HealthCallout(string Name, string CssClass, string? Title, string Icon)
{
    public static readonly HealthCallout Emergency = new("emergency", "callout callout-emergency", "Call 911 or go to the emergency room now if:", "!!");
    public static readonly HealthCallout Urgent = new("urgent", "callout callout-urgent", "Get medical help today if:", "!");
    public static readonly HealthCallout SeeADoctor = new("see-a-doctor", "callout callout-doctor", "See a doctor if:", "+");
    public static readonly HealthCallout Tip = new("tip", "callout callout-tip", "Tip", "i");
    public static readonly HealthCallout Exercise = new("exercise", "exercise", null, "");

    private static readonly Dictionary<string, HealthCallout> ByName =
        new[] { Emergency, Urgent, SeeADoctor, Tip, Exercise }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>The three levels of care a reader may need, most urgent first: the order they appear in.</summary>
    public static ImmutableArray<HealthCallout> CareLevels { get; } = [Emergency, Urgent, SeeADoctor];

    public static HealthCallout? Find(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var callout) ? callout : null;
}
