using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GluteHealth.Content.Markdown;

internal sealed class HealthCalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var callout = HealthCallout.Find(container.Info);
        if (callout is null || !renderer.EnableHtmlForBlock)
        {
            WritePlainContainer(renderer, container);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"").Write(callout.CssClass).Write("\">").WriteLine();
        if (callout.Title is { } title)
        {
            var level = container.GetData(HealthCalloutExtension.HeadingLevelKey) as int? ?? 3;
            renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write(" class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">")
                .WriteEscape(callout.Icon).Write("</span> ").WriteEscape(title)
                .Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(">").WriteLine();
        }
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }

    private static void WritePlainContainer(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<div").WriteAttributes(container).Write('>');
        }
        renderer.WriteChildren(container);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("</div>");
        }
    }
}
