using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace GluteHealth.Content.Markdown;

/// <summary>The site's single Markdig pipeline. Markdig pipelines are immutable and thread-safe, so one serves all.</summary>
public static class ArticleMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        // Registered before the advanced extensions so they keep this configuration: ids keep non-ASCII
        // letters (HTML5 allows them) and Markdig appends -1, -2 when a heading text repeats. Without AutoLink:
        // it made every heading a link reference (so "[Heading text]" linked to it), and registering them was
        // about 6 % of compiling an article; no article links that way, and "[text](#id)" does the same.
        .UseAutoIdentifiers(AutoIdentifierOptions.None)
        .UseAdvancedExtensions()
        .UseHealthCallouts()
        .UseSectionLinks()
        .UseFigures()
        // Markdig is not a sanitizer: raw HTML in an article is written out as escaped text, never as markup.
        .DisableHtml()
        .Build();
}
