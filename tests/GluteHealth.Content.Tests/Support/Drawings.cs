using System.Text;

namespace GluteHealth.Content.Tests.Support;

/// <summary>Small SVG files for picture tests.</summary>
internal static class Drawings
{
    public const string Description = "A person lying on their side with the top knee lifted";

    /// <summary>A valid drawing; its second line is the first child element, so a bad element placed there is on line 2.</summary>
    public static string Valid(string extraElement = "", string rootAttributes = "viewBox=\"0 0 200 100\" width=\"200\" height=\"100\"") =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" {rootAttributes} fill=\"none\" stroke=\"currentColor\">\n"
        + (extraElement.Length > 0 ? extraElement + "\n" : "")
        + "<path class=\"figure-line\" d=\"M10 90 C 60 10, 140 10, 190 90\" stroke-width=\"4\"/>\n"
        + "</svg>\n";

    public static byte[] Bytes(string svg) => Encoding.UTF8.GetBytes(svg);

    /// <summary>An article body that shows one picture as its own paragraph (on body line 3, file line 12).</summary>
    public static string Body(string path = "images/side.svg", string description = Description, string caption = "Clamshell") =>
        $"Intro.\n\n![{description}]({path} \"{caption}\")\n\nAfter.\n";
}
