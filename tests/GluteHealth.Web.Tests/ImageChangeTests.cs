using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>Editing a drawing on the running site: a new URL, the old one gone, the page that shows it rendered again.</summary>
public sealed class ImageChangeTests : IDisposable
{
    private readonly SiteFactory _site = new();

    [Fact]
    public async Task An_edited_drawing_gets_a_new_url_and_the_page_that_shows_it_changes()
    {
        using var client = _site.CreateReader();
        var oldUrl = _site.Store.Current.Images.Find("images/stride.svg")!.Url;
        var oldPage = await client.GetStringAsync("/articles/gamma");
        Assert.Contains(oldUrl, oldPage, StringComparison.Ordinal);

        var file = _site.Content.File("images/stride.svg");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("r=\"12\"", "r=\"14\"", StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_site.Store.Current.Images.Find("images/stride.svg")?.Url is { } url && url != oldUrl)),
            "the edited drawing was not picked up");

        var newUrl = _site.Store.Current.Images.Find("images/stride.svg")!.Url;
        var newPage = await client.GetStringAsync("/articles/gamma");
        Assert.Contains(newUrl, newPage, StringComparison.Ordinal);
        Assert.Contains("r=\"14\"", newPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(newUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(oldUrl)).StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
