using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace GluteHealth.Web.RequestLog;

/// <summary>
/// Writes request log lines as UTF-8 in the same shape as the Serilog console lines around them:
/// <c>[12:00:00 INF] GluteHealth.Web.RequestLog: HTTP GET /articles/x responded 200 in 0.123 ms</c>.
/// </summary>
public static class RequestLogFormatter
{
    /// <summary>No line is longer than this, whatever the request held.</summary>
    public const int MaxLineBytes = 4096;

    public const string Source = "GluteHealth.Web.RequestLog";

    private const int MaxMethodChars = 32;
    private const int MaxPathChars = 512;

    // A path is decoded text a visitor chose: line breaks and other control characters in it are written as
    // escapes, so one request is always one line and nobody can forge lines in the log.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\u007f\u0085\u2028\u2029");

    public static bool TryFormat(in RequestLogEntry entry, TimeSpan utcOffset, Span<byte> destination, out int written)
    {
        written = 0;
        var local = entry.UtcTimestamp + utcOffset;
        if (!Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"[{local:HH:mm:ss} INF] {Source}: HTTP ", out var used)
            || !TryWriteText(entry.Method, MaxMethodChars, destination[used..], ref used)
            || !TryWriteText(" ", 1, destination[used..], ref used)
            || !TryWriteText(entry.Path, MaxPathChars, destination[used..], ref used)
            || !Utf8.TryWrite(destination[used..], CultureInfo.InvariantCulture,
                $" responded {entry.StatusCode} in {entry.Elapsed.TotalMilliseconds:0.000} ms\n", out var tail))
        {
            return false;
        }
        written = used + tail;
        return true;
    }

    public static bool TryFormatDropped(long dropped, DateTime utcNow, TimeSpan utcOffset, Span<byte> destination, out int written) =>
        Utf8.TryWrite(destination, CultureInfo.InvariantCulture,
            $"[{utcNow + utcOffset:HH:mm:ss} WRN] {Source}: {dropped} request log lines dropped: standard output did not keep up\n",
            out written);

    private static bool TryWriteText(string text, int maxChars, Span<byte> destination, ref int used)
    {
        var rest = text.AsSpan(0, Math.Min(text.Length, maxChars));
        if (rest.Length < text.Length && char.IsHighSurrogate(rest[^1]))
        {
            rest = rest[..^1];
        }
        var start = destination;
        while (!rest.IsEmpty)
        {
            var clean = rest.IndexOfAny(Unsafe);
            var safe = clean < 0 ? rest : rest[..clean];
            if (!Encoding.UTF8.TryGetBytes(safe, destination, out var bytes))
            {
                return false;
            }
            destination = destination[bytes..];
            if (clean < 0)
            {
                break;
            }
            if (!Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"\\u{(int)rest[clean]:x4}", out var escape))
            {
                return false;
            }
            destination = destination[escape..];
            rest = rest[(clean + 1)..];
        }
        if (text.Length > maxChars)
        {
            if (!Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"…", out var ellipsis))
            {
                return false;
            }
            destination = destination[ellipsis..];
        }
        used += start.Length - destination.Length;
        return true;
    }
}
