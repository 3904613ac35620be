using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Markdown;

/// <summary>Plain text of Markdown blocks, for headings, search and word counts.</summary>
public static class MarkdownText
{
    /// <summary>Where a heading keeps its plain text once the compiler has worked it out.</summary>
    internal const string DataKey = "plain-text";

    // Runs for every paragraph and heading of every file: one builder per thread instead of one per call.
    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static string Of(LeafBlock block) => block.Inline is { } inline ? Of(inline) : "";

    /// <summary>The plain text inside an inline container, such as a picture's alt text.</summary>
    public static string Of(ContainerInline inline)
    {
        var text = t_cached ?? new StringBuilder();
        t_cached = null;
        var collapser = new Collapser(text);
        Append(ref collapser, inline);
        var result = text.ToString();
        text.Clear();
        t_cached = text;
        return result;
    }

    private static void Append(ref Collapser text, ContainerInline container)
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
                    text.Append(" ");
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(ref text, child);
                    break;
            }
        }
    }

    /// <summary>
    /// Appends text with every run of white space made one space and none at either end: what splitting on
    /// white space and joining with spaces gives, without the pieces.
    /// </summary>
    private ref struct Collapser(StringBuilder text)
    {
        private bool _spacePending;

        public void Append(ReadOnlySpan<char> part)
        {
            var i = 0;
            while (i < part.Length)
            {
                if (char.IsWhiteSpace(part[i]))
                {
                    _spacePending = text.Length > 0;
                    i++;
                    continue;
                }
                var start = i;
                while (i < part.Length && !char.IsWhiteSpace(part[i]))
                {
                    i++;
                }
                if (_spacePending)
                {
                    text.Append(' ');
                    _spacePending = false;
                }
                text.Append(part[start..i]);
            }
        }
    }
}
