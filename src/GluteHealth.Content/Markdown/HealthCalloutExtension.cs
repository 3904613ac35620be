using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// Renders <c>:::emergency</c>, <c>:::urgent</c>, <c>:::see-a-doctor</c>, <c>:::tip</c> and <c>:::exercise</c> containers as
/// accessible cards. Each card carries a real heading one level below the section it sits in, so it is
/// announced by screen readers and never relies on colour alone.
/// </summary>
public sealed class HealthCalloutExtension : IMarkdownExtension
{
    internal const string HeadingLevelKey = "callout-heading-level";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CustomContainerExtension>())
        {
            pipeline.Extensions.Add(new CustomContainerExtension());
        }

        pipeline.DocumentProcessed -= AnnotateDocument;
        pipeline.DocumentProcessed += AnnotateDocument;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new HealthCalloutRenderer());
        }
    }

    private static void AnnotateDocument(MarkdownDocument document)
    {
        var sectionLevel = 1;
        Annotate(document, ref sectionLevel);
    }

    // Blocks only, in document order: headings and containers are never inside inlines.
    private static void Annotate(ContainerBlock parent, ref int sectionLevel)
    {
        for (var i = 0; i < parent.Count; i++)
        {
            switch (parent[i])
            {
                case HeadingBlock heading when heading.Parent is MarkdownDocument:
                    sectionLevel = heading.Level;
                    break;
                case CustomContainer container when HealthCallout.Find(container.Info) is { } callout:
                    container.SetData(HeadingLevelKey, Math.Min(sectionLevel + 1, 6));
                    if (callout == HealthCallout.Exercise)
                    {
                        MarkExerciseParts(container);
                    }
                    break;
            }
            if (parent[i] is ContainerBlock child)
            {
                Annotate(child, ref sectionLevel);
            }
        }
    }

    private static void MarkExerciseParts(CustomContainer container)
    {
        if (container.FirstOrDefault() is ParagraphBlock dose)
        {
            dose.GetAttributes().AddClass("exercise-dose");
        }
        foreach (var list in container.OfType<ListBlock>().Where(l => l.IsOrdered))
        {
            list.GetAttributes().AddClass("exercise-steps");
        }
    }
}
