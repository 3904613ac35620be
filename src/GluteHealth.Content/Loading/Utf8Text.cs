using System.Buffers;
using System.Text;

namespace GluteHealth.Content.Loading;

/// <summary>Strict UTF-8 decoding that says on which line the first invalid byte sits.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string file, byte[] bytes, List<ContentProblem> problems)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        // Nearly every file is valid: check that at vector speed, and walk rune by rune only to say where it is not.
        if (System.Text.Unicode.Utf8.IsValid(span) && !span.Contains((byte)0))
        {
            return Strict.GetString(span);
        }

        var offset = 0;
        var line = 1;
        while (offset < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[offset..], out var rune, out var consumed) != OperationStatus.Done)
            {
                problems.Add(new ContentProblem(file, line, $"not valid UTF-8 (byte {offset + 1}); save the file as UTF-8"));
                return null;
            }
            if (rune.Value == '\n')
            {
                line++;
            }
            if (rune.Value == 0)
            {
                problems.Add(new ContentProblem(file, line, "contains a NUL character; is this a binary file?"));
                return null;
            }
            offset += consumed;
        }
        return Strict.GetString(span);
    }
}
