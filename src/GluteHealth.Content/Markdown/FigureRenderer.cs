using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GluteHealth.Content.Markdown;

internal sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock figure)
    {
        var description = MarkdownText.Of(figure.Picture);
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">");
        if (figure.Image is { } image)
        {
            // Inline, so the drawing takes currentColor and the site's custom properties (light, dark, print, forced colours).
            // width/height reserve the space before layout; the stylesheet scales it down to the column.
            renderer.Write("<svg class=\"figure-art").Write(image.RootClass.Length > 0 ? " " : "").WriteEscape(image.RootClass)
                .Write("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").WriteEscape(image.ViewBox)
                .Write("\" width=\"").Write(image.Width.ToString(CultureInfo.InvariantCulture))
                .Write("\" height=\"").Write(image.Height.ToString(CultureInfo.InvariantCulture)).Write('"')
                .Write(image.RootAttributes)
                .Write(" role=\"img\" aria-label=\"").WriteEscape(description).Write("\">")
                .Write(image.InnerMarkup)
                .Write("</svg>");
        }
        else
        {
            // Only a pipeline used without the compiler's picture check gets here (nothing resolved the path).
            renderer.Write("<img src=\"").WriteEscapeUrl(figure.Picture.Url).Write("\" alt=\"").WriteEscape(description).Write("\">");
        }
        if (!string.IsNullOrWhiteSpace(figure.Picture.Title))
        {
            renderer.Write("<figcaption>").WriteEscape(figure.Picture.Title).Write("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}
