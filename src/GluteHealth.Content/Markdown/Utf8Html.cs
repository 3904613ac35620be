using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// Renders a document straight to UTF-8 with one of the pipeline's pooled renderers: no renderer set up per
/// document, and no text copy of the HTML made only to be encoded.
/// </summary>
internal static class Utf8Html
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // An article's HTML is tens of kilobytes; a thread does not keep the buffer of an outsized one.
    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static (MemoryStream Bytes, StreamWriter Writer)? t_buffer;

    // Markdig returns a renderer to its pool even when rendering threw (too deeply nested input), and a renderer
    // stopped half-way may keep a mode it had switched on; after that, every document gets a renderer of its own.
    private static volatile bool s_poolDistrusted;

    public static byte[] Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var (bytes, writer) = t_buffer ?? NewBuffer();
        t_buffer = null;
        bytes.SetLength(0);
        try
        {
            if (s_poolDistrusted)
            {
                var renderer = new HtmlRenderer(writer);
                pipeline.Setup(renderer);
                renderer.Render(document);
            }
            else
            {
                document.ToHtml(writer, pipeline);
            }
        }
        catch
        {
            s_poolDistrusted = true;
            throw;
        }
        writer.Flush();
        var html = bytes.ToArray();
        if (bytes.Capacity <= KeptBufferBytes)
        {
            t_buffer = (bytes, writer);
        }
        return html;
    }

    private static (MemoryStream, StreamWriter) NewBuffer()
    {
        var bytes = new MemoryStream();
        return (bytes, new StreamWriter(bytes, Utf8, bufferSize: 16 * 1024, leaveOpen: true));
    }
}
