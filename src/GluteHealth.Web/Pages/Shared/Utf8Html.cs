using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>
/// Trusted HTML held as UTF-8 bytes, written into a view a block at a time: the page never makes a whole
/// UTF-16 copy of an article body, and the snapshot keeps only the bytes.
/// </summary>
public sealed class Utf8Html(ReadOnlyMemory<byte> utf8) : IHtmlContent
{
    private const int BlockChars = 4096;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var block = ArrayPool<char>.Shared.Rent(BlockChars);
        try
        {
            var bytes = utf8.Span;
            bool completed;
            do
            {
                decoder.Convert(bytes, block, flush: true, out var used, out var written, out completed);
                writer.Write(block, 0, written);
                bytes = bytes[used..];
            }
            while (!completed);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(block);
        }
    }
}
