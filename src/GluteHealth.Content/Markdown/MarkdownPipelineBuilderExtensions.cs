using Markdig;

namespace GluteHealth.Content.Markdown;

public static class MarkdownPipelineBuilderExtensions
{
    /// <summary>Health callouts (<c>:::emergency</c>, <c>:::urgent</c>, <c>:::see-a-doctor</c>, <c>:::tip</c>) and exercise cards.</summary>
    public static MarkdownPipelineBuilder UseHealthCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HealthCalloutExtension>();
        return pipeline;
    }

    /// <summary>A paragraph that is only a picture becomes a figure with the drawing inline and its title as the caption.</summary>
    public static MarkdownPipelineBuilder UseFigures(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FigureExtension>();
        return pipeline;
    }

    /// <summary>A "link to this section" anchor beside every H2 and H3.</summary>
    public static MarkdownPipelineBuilder UseSectionLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SectionLinkExtension>();
        return pipeline;
    }
}
