using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Markdown;

/// <summary>Plain text of Markdown blocks, for headings, search and word counts.</summary>
public static class MarkdownText
{
    public static string Of(LeafBlock block)
    {
        var text = new StringBuilder();
        if (block.Inline is { } inline)
        {
            Append(text, inline);
        }
        return Collapse(text.ToString());
    }

    /// <summary>The plain text inside an inline container, such as a picture's alt text.</summary>
    public static string Of(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return Collapse(text.ToString());
    }

    /// <summary>The text of every paragraph and heading of the document, in order.</summary>
    public static IReadOnlyList<string> Blocks(MarkdownDocument document) =>
        document.Descendants<LeafBlock>()
            .Where(b => b is ParagraphBlock or HeadingBlock)
            .Select(Of)
            .Where(t => t.Length > 0)
            .ToArray();

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(text, child);
                    break;
            }
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
