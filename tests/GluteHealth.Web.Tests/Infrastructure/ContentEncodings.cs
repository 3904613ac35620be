using System.IO.Compression;

namespace GluteHealth.Web.Tests.Infrastructure;

public static class ContentEncodings
{
    /// <summary>The body as sent before compression: br and gzip are decoded, no encoding ("") is the body itself.</summary>
    public static byte[] Decode(byte[] body, string encoding)
    {
        if (encoding == "")
        {
            return body;
        }
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
