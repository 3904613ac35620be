using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GluteHealth.Web.Http;

/// <summary>
/// Picks the encoding the compression middleware will use (br, then gzip, else none), so the output cache
/// keeps one entry per encoding instead of one per spelling of the Accept-Encoding header.
/// </summary>
public static class ContentEncodingNegotiation
{
    private static readonly string[] Supported = ["br", "gzip"];

    // Browsers send a handful of distinct Accept-Encoding values; remembering their answers keeps header parsing
    // off the path of a cached page. The bound keeps made-up values from growing it.
    private const int RememberedLimit = 64;
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    public static string Choose(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count != 1 || header[0] is not { } value)
        {
            return Negotiate(header);
        }
        if (Remembered.TryGetValue(value, out var known))
        {
            return known;
        }
        var chosen = Negotiate(header);
        if (Remembered.Count < RememberedLimit)
        {
            Remembered.TryAdd(value, chosen);
        }
        return chosen;
    }

    private static string Negotiate(StringValues header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header, out var values) || values.Count == 0)
        {
            return "identity";
        }

        var best = "identity";
        var bestQuality = 0.0;
        foreach (var name in Supported)
        {
            var match = values.FirstOrDefault(v => v.Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? values.FirstOrDefault(v => v.Value.Equals("*", StringComparison.Ordinal));
            var quality = match?.Quality ?? (match is null ? 0 : 1);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (name, quality);
            }
        }
        return best;
    }
}
