using System.Text.RegularExpressions;

namespace GluteHealth.Content.Loading;

public static partial class Slugs
{
    public const int MaxLength = 100;

    /// <summary>Lowercase ASCII letters and digits in groups joined by single hyphens.</summary>
    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
