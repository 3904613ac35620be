using Microsoft.Net.Http.Headers;

namespace GluteHealth.Web.Http;

/// <summary>
/// Picks the encoding the compression middleware will use (br, then gzip, else none), so the output cache
/// keeps one entry per encoding instead of one per spelling of the Accept-Encoding header.
/// </summary>
public static class ContentEncodingNegotiation
{
    private static readonly string[] Supported = ["br", "gzip"];

    public static string Choose(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values) || values.Count == 0)
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
