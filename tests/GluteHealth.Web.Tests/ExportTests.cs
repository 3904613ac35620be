using GluteHealth.Web.Commands;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ExportTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly string _output = Directory.CreateTempSubdirectory("export-").FullName;

    [Fact]
    public async Task Export_writes_every_page_byte_identical_to_what_the_server_answers()
    {
        await ExportAsync();

        using var client = _site.CreateReader();
        string[] expected =
        [
            "index.html", "topics/index.html", "topics/aches/index.html", "topics/moves/index.html",
            "articles/alpha/index.html", "articles/beta/index.html", "articles/gamma/index.html",
            "about/index.html", "search/index.html", "a-z/index.html", "a-z/a/index.html", "a-z/b/index.html", "a-z/g/index.html",
            "feed.xml", "sitemap.xml", "robots.txt", "404.html",
            "favicon.ico", "favicon.svg", "site.webmanifest", "icon-192.png", "icon-512.png",
        ];
        foreach (var file in expected)
        {
            var path = file switch
            {
                "index.html" => "/",
                "404.html" => "/no-such-page",
                _ when file.EndsWith("/index.html", StringComparison.Ordinal) => "/" + file[..^"/index.html".Length],
                _ => "/" + file,
            };
            var live = await (await client.GetAsync(path)).Content.ReadAsByteArrayAsync();
            Assert.True(File.Exists(Path.Combine(_output, file)), $"{file} was not exported");
            var exported = await File.ReadAllBytesAsync(Path.Combine(_output, file));
            Assert.True(live.SequenceEqual(exported), $"{file} differs from GET {path}");
        }

        var stylesheet = Html.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "index.html")))
            .QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal(await client.GetByteArrayAsync(stylesheet), await File.ReadAllBytesAsync(Path.Combine(_output, stylesheet.TrimStart('/'))));
    }

    [Fact]
    public async Task Export_copies_every_drawing_at_its_fingerprinted_url_byte_identical()
    {
        await ExportAsync();

        using var client = _site.CreateReader();
        var drawing = Assert.Single(_site.Store.Current.Images.All);
        var exported = Path.Combine(_output, drawing.Url.TrimStart('/'));
        Assert.True(File.Exists(exported), $"{drawing.Url} was not exported");
        Assert.Equal(await client.GetByteArrayAsync(drawing.Url), await File.ReadAllBytesAsync(exported));
        Assert.Equal(await File.ReadAllBytesAsync(_site.Content.File(drawing.Path)), await File.ReadAllBytesAsync(exported));
        Assert.False(File.Exists(Path.Combine(_output, "images", "stride.svg")), "the unfingerprinted name must not be exported");
    }

    [Fact]
    public async Task Every_local_file_an_exported_page_loads_is_exported_too()
    {
        await ExportAsync();

        var pages = Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories).ToArray();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            // Anywhere in the document, not only the head the exporter reads: a body that starts loading a file
            // (an img, a script) must make this fail until the exporter copies it.
            var document = Html.Parse(await File.ReadAllTextAsync(page));
            var loaded = document.QuerySelectorAll("[src], link[rel~=stylesheet][href], link[rel~=icon][href], link[rel=manifest][href], link[rel=preload][href]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
                .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));
            foreach (var url in loaded)
            {
                var file = Path.Combine(_output, url.Split('?', '#')[0].TrimStart('/'));
                Assert.True(File.Exists(file), $"{Path.GetRelativePath(_output, page)} loads {url}, which was not exported");
            }
        }
    }

    private async Task ExportAsync() =>
        Assert.Equal(0, await ExportCommand.RunAsync(_output,
            [$"--Content:Path={_site.Content.Path}", "--Site:BaseUrl=https://glutehealth.example", "--environment=Production"]));

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_output, recursive: true);
    }
}
