using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// Gives every H2 and H3 that has an id a visible "link to this section" anchor, a plain link,
/// so it works without JavaScript.
/// </summary>
public sealed class SectionLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SectionLinkHeadingRenderer());
        }
    }
}
