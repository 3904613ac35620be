using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>
/// The output cache keys pages by the encoding the compression middleware actually chose, so an odd Accept-Encoding
/// header can never leave a page stored under another encoding's key for the clients that come after it.
/// </summary>
public sealed class EncodingCacheKeyTests
{
    private const string Page = "/articles/alpha";

    [Theory]
    [InlineData("br;q=0.1, identity", "")]
    [InlineData("br;q=0", "")]
    [InlineData("gzip;q=0", "")]
    [InlineData("br;q=0, gzip;q=0", "")]
    [InlineData("*", "br")]
    [InlineData("identity;q=0, br;q=0.5", "br")]
    [InlineData("gzip, br;q=0.5", "gzip")]
    [InlineData("@@@ ;;; \u00e9=", "")]
    public async Task An_odd_accept_encoding_first_leaves_ordinary_clients_their_own_encoding(string odd, string oddEncoding)
    {
        using var site = new SiteFactory();
        using var client = site.CreateReader();

        var (encoding, body) = await GetAsync(client, odd);
        Assert.Equal(oddEncoding, encoding);
        var plain = body;

        foreach (var (header, expected) in new[] { ("br", "br"), ("gzip", "gzip"), ((string?)null, ""), ("br", "br"), (odd, oddEncoding) })
        {
            var (served, decoded) = await GetAsync(client, header);

            Assert.Equal(expected, served);
            Assert.Equal(plain, decoded);
        }
    }

    private static async Task<(string Encoding, byte[] Body)> GetAsync(HttpClient client, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var encoding = string.Join(",", response.Content.Headers.ContentEncoding);
        return (encoding, ContentEncodings.Decode(await response.Content.ReadAsByteArrayAsync(), encoding));
    }
}
