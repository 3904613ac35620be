using System.Text.RegularExpressions;

namespace GluteHealth.Content.Tests.Support;

/// <summary>
/// Reads the figures out of text in one canonical form: "15 seconds", "5-10 seconds", "10-12 reps",
/// "7-8 hours". A figure is any number in digits, or a number word followed by a unit; "one leg" is not one.
/// </summary>
internal static partial class DoseFigures
{
    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static IReadOnlyList<string> In(string text) =>
        Figure().Matches(text).Select(Canonical).OfType<string>().ToArray();

    private static string? Canonical(Match match)
    {
        var from = match.Groups["from"].Value;
        var unit = Unit(match.Groups["unit"].Value);
        if (unit.Length == 0 && !char.IsAsciiDigit(from[0]))
        {
            return null;
        }
        var figure = Number(from);
        if (match.Groups["to"].Success)
        {
            figure += "-" + Number(match.Groups["to"].Value);
        }
        return unit.Length == 0 ? figure : figure + " " + unit;
    }

    private static string Number(string value)
    {
        var word = Array.IndexOf(NumberWords, value.ToLowerInvariant());
        return word >= 0 ? word.ToString(System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    private static string Unit(string unit) => unit.ToLowerInvariant() switch
    {
        "" => "",
        "time" or "times" or "rep" or "reps" or "repetition" or "repetitions" => "reps",
        "set" or "sets" => "sets",
        var u when u.StartsWith("sec", StringComparison.Ordinal) => "seconds",
        var u when u.StartsWith("min", StringComparison.Ordinal) => "minutes",
        var u => u.EndsWith('s') ? u : u + "s",
    };

    private const string NumberPattern =
        @"\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    [GeneratedRegex(
        @"\b(?<from>" + NumberPattern + @")(?:\s*(?:to|-|–|or)\s*(?<to>" + NumberPattern + @"))?" +
        @"(?:\s+(?<unit>seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|times?|reps?|repetitions?|sets?|breaths?))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
