using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// Turns a paragraph that holds only a picture, <c>![description](images/x.svg "Caption")</c>, into a
/// <see cref="FigureBlock"/>: a figure with the drawing written inline (so it follows the page's colours) and the
/// title as its caption. A picture inside running text stays an image the compiler reports.
/// </summary>
public sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MakeFigures;
        pipeline.DocumentProcessed += MakeFigures;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FigureRenderer>())
        {
            html.ObjectRenderers.Insert(0, new FigureRenderer());
        }
    }

    private static void MakeFigures(MarkdownDocument document)
    {
        var paragraphs = document.Descendants<ParagraphBlock>()
            .Where(p => p.Parent is not null && SolePicture(p) is not null)
            .ToArray();
        foreach (var paragraph in paragraphs)
        {
            var inline = paragraph.Inline;
            var figure = new FigureBlock(SolePicture(paragraph)!) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
            paragraph.Inline = null;
            figure.Inline = inline;
            var parent = paragraph.Parent!;
            parent[parent.IndexOf(paragraph)] = figure;
        }
    }

    /// <summary>The paragraph's one picture, when all else in it is white space (checked for every paragraph of every file).</summary>
    private static LinkInline? SolePicture(ParagraphBlock paragraph)
    {
        LinkInline? picture = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                continue;
            }
            if (picture is not null || inline is not LinkInline { IsImage: true } link)
            {
                return null;
            }
            picture = link;
        }
        return picture;
    }
}
