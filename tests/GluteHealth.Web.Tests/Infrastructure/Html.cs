using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GluteHealth.Web.Tests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync());
    }
}
