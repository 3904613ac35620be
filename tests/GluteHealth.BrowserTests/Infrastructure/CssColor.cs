using System.Globalization;
using System.Text.RegularExpressions;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>A computed CSS colour as the browser reports it ("rgb(r, g, b)", "rgba(r, g, b, a)" or "color(srgb r g b / a)").</summary>
public readonly record struct CssColor(double R, double G, double B, double A)
{
    private static readonly Regex Rgb = new(
        @"^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$", RegexOptions.CultureInvariant);

    private static readonly Regex Srgb = new(
        @"^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*/\s*([\d.]+%?))?\s*\)$", RegexOptions.CultureInvariant);

    public bool IsTransparent => A == 0;

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>WCAG contrast ratio with another opaque colour, 1 to 21.</summary>
    public double ContrastWith(CssColor other)
    {
        var (lighter, darker) = Luminance > other.Luminance ? (Luminance, other.Luminance) : (other.Luminance, Luminance);
        return (lighter + 0.05) / (darker + 0.05);
    }

    public static CssColor Parse(string css)
    {
        var text = css.Trim();
        if (text == "transparent")
        {
            return new(0, 0, 0, 0);
        }
        if (Rgb.Match(text) is { Success: true } m)
        {
            return new(Number(m.Groups[1].Value) / 255, Number(m.Groups[2].Value) / 255, Number(m.Groups[3].Value) / 255, Alpha(m.Groups[4]));
        }
        if (Srgb.Match(text) is { Success: true } s)
        {
            return new(Number(s.Groups[1].Value), Number(s.Groups[2].Value), Number(s.Groups[3].Value), Alpha(s.Groups[4]));
        }
        throw new FormatException($"Cannot read the CSS colour '{css}'");
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rgba({R * 255:0}, {G * 255:0}, {B * 255:0}, {A:0.##}) luminance {Luminance:0.###}");

    private static double Alpha(Group group)
    {
        if (!group.Success)
        {
            return 1;
        }
        var value = group.Value;
        return value.EndsWith('%') ? Number(value[..^1]) / 100 : Number(value);
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
}
