using GluteHealth.Web.Commands;
using GluteHealth.Web.Export;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GluteHealth.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class PaginatedExportTests : IDisposable
{
    private readonly ListingSiteFactory _site = new();
    private readonly string _output = Directory.CreateTempSubdirectory("export-").FullName;

    [Fact]
    public async Task Export_writes_every_published_page_pagination_and_sitemap_parts_included_byte_identical()
    {
        var exit = await ExportCommand.RunAsync(_output,
            [$"--Content:Path={_site.Content.Path}", "--Site:BaseUrl=https://glutehealth.example", "--environment=Production", .. ListingSiteFactory.Settings]);
        Assert.Equal(0, exit);

        using var client = _site.CreateReader();
        var files = _site.Services.GetRequiredService<PublishedPages>().Files(_site.Store.Current);
        Assert.Contains("/topics/everything/page/12", files);
        Assert.Contains("/a-z/0-9", files);
        Assert.Contains("/sitemap-7.xml", files);
        foreach (var path in files)
        {
            var file = Path.Combine(_output, StaticSiteExporter.FileFor(path));
            Assert.True(File.Exists(file), $"{path} was not exported");
            var live = await (await client.GetAsync(path)).Content.ReadAsByteArrayAsync();
            var exported = await File.ReadAllBytesAsync(file);
            Assert.True(live.SequenceEqual(exported), $"{StaticSiteExporter.FileFor(path)} differs from GET {path}");
        }
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_output, recursive: true);
    }
}
