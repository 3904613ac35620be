using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GluteHealth.Content.Images;

/// <summary>
/// Reads an SVG file against an allow-list of plain drawing elements and presentation attributes. Anything else
/// (script, style, links, foreign content, event handlers, external references) is a problem at its line, and the
/// inline copy is written from the allowed parts only, so nothing the list does not name can reach a page.
/// </summary>
internal static class SvgDrawing
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "title", "desc",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "viewBox", "width", "height", "version", "class", "d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2",
        "dx", "dy", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-dasharray", "stroke-opacity", "stroke-miterlimit", "opacity", "text-anchor",
        "font-size", "font-weight", "font-family", "vector-effect", "paint-order",
    };

    // The root's size, scale and class go on the inline <svg> the renderer writes; these are left out of RootAttributes.
    private static readonly HashSet<string> SizeAttributes = new(StringComparer.Ordinal) { "viewBox", "width", "height", "version", "class" };

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static ContentImage? Read(string path, byte[] bytes, string fingerprint, List<ContentProblem> problems)
    {
        XDocument document;
        using var reader = XmlReader.Create(new MemoryStream(bytes), ReaderSettings);
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // A refused DTD is reported without a position; it can only be at the DOCTYPE.
            var line = e.LineNumber > 0 ? e.LineNumber : LineOfText(bytes, "<!DOCTYPE");
            problems.Add(new ContentProblem(path, line, $"not a well-formed SVG file: {e.Message}"));
            return null;
        }

        var root = document.Root!;
        if (root.Name != Svg + "svg")
        {
            problems.Add(new ContentProblem(path, LineOf(root), "the root element must be <svg xmlns=\"http://www.w3.org/2000/svg\">"));
            return null;
        }

        var before = problems.Count;
        foreach (var element in root.DescendantsAndSelf())
        {
            Check(path, element, problems);
        }
        var size = Size(path, root, problems);
        if (problems.Count > before || size is not var (width, height, viewBox))
        {
            return null;
        }

        var inner = new StringBuilder();
        foreach (var node in root.Nodes())
        {
            Write(inner, node);
        }
        return new ContentImage
        {
            Path = path,
            Fingerprint = fingerprint,
            Url = UrlFor(path, fingerprint),
            Bytes = bytes,
            Width = width,
            Height = height,
            ViewBox = viewBox,
            RootAttributes = AttributesOf(root, SizeAttributes),
            RootClass = Collapse(root.Attribute("class")?.Value ?? ""),
            InnerMarkup = inner.ToString(),
            Labels = root.Descendants(Svg + "text").Select(t => Collapse(t.Value)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary><c>images/clamshell.svg</c> with fingerprint <c>ab12</c> is served at <c>/images/clamshell.ab12.svg</c>.</summary>
    public static string UrlFor(string path, string fingerprint) =>
        "/" + System.IO.Path.ChangeExtension(path, null) + "." + fingerprint + System.IO.Path.GetExtension(path);

    private static void Check(string path, XElement element, List<ContentProblem> problems)
    {
        if (element.Name.Namespace != Svg || !Elements.Contains(element.Name.LocalName))
        {
            problems.Add(new ContentProblem(path, LineOf(element),
                $"element <{element.Name.LocalName}> is not allowed in a drawing (allowed: {string.Join(", ", Elements.Order(StringComparer.Ordinal))})"));
            return;
        }
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            if (attribute.Name.Namespace != XNamespace.None || !Attributes.Contains(attribute.Name.LocalName))
            {
                problems.Add(new ContentProblem(path, LineOf(attribute),
                    $"attribute '{attribute.Name.LocalName}' on <{element.Name.LocalName}> is not allowed in a drawing (colours come from presentation attributes and classes, never style or links)"));
            }
            else if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ContentProblem(path, LineOf(attribute),
                    $"attribute '{attribute.Name.LocalName}' refers to something outside the drawing ('{attribute.Value}')"));
            }
        }
    }

    private static (int Width, int Height, string ViewBox)? Size(string path, XElement root, List<ContentProblem> problems)
    {
        var box = (root.Attribute("viewBox")?.Value ?? "")
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .ToArray();
        if (box.Length != 4 || box.Any(double.IsNaN) || box[2] <= 0 || box[3] <= 0)
        {
            problems.Add(new ContentProblem(path, LineOf(root), "the <svg> element needs a viewBox of four numbers (min-x min-y width height), so it scales to any screen"));
            return null;
        }
        var width = Pixels(root.Attribute("width")) ?? box[2];
        var height = Pixels(root.Attribute("height")) ?? box[3];
        var viewBox = string.Join(' ', box.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return ((int)Math.Round(width), (int)Math.Round(height), viewBox);
    }

    private static double? Pixels(XAttribute? attribute)
    {
        var text = attribute?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    private static void Write(StringBuilder html, XNode node)
    {
        switch (node)
        {
            case XElement element:
                html.Append('<').Append(element.Name.LocalName).Append(AttributesOf(element, null));
                if (!element.Nodes().Any())
                {
                    html.Append("/>");
                    return;
                }
                html.Append('>');
                foreach (var child in element.Nodes())
                {
                    Write(html, child);
                }
                html.Append("</").Append(element.Name.LocalName).Append('>');
                break;
            case XText text when text.Parent?.Name.LocalName is "text" or "tspan" or "title" or "desc":
                html.Append(WebUtility.HtmlEncode(text.Value));
                break;
        }
    }

    private static string AttributesOf(XElement element, HashSet<string>? except)
    {
        var html = new StringBuilder();
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None))
        {
            if (except?.Contains(attribute.Name.LocalName) == true)
            {
                continue;
            }
            html.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
        }
        return html.ToString();
    }

    private static int? LineOfText(byte[] bytes, string text)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static int? LineOf(IXmlLineInfo node) => node.HasLineInfo() ? node.LineNumber : null;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
