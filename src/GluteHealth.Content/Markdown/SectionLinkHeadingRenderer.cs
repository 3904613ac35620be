using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GluteHealth.Content.Markdown;

internal sealed class SectionLinkHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private readonly HeadingRenderer _plain = new();

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (!renderer.EnableHtmlForBlock || id is null || heading.Level is < 2 or > 3)
        {
            _plain.Write(renderer, heading);
            return;
        }

        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        var text = heading.GetData(MarkdownText.DataKey) as string ?? MarkdownText.Of(heading);
        renderer.EnsureLine();
        // The anchor sits beside the heading, not inside it, so the heading's accessible name stays its text.
        renderer.Write("<div class=\"section-heading\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>');
        renderer.Write("<a class=\"section-link\" href=\"#").WriteEscapeUrl(id).Write("\">")
            .Write("<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section: ")
            .WriteEscape(text).Write("</span></a></div>").WriteLine();
    }
}
