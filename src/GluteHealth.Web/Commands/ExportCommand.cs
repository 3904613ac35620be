using System.Globalization;
using GluteHealth.Content;
using GluteHealth.Web.Export;
using GluteHealth.Web.Infrastructure;
using GluteHealth.Web.Listings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GluteHealth.Web.Commands;

/// <summary><c>export &lt;dir&gt;</c>: starts the site on a private loopback port and writes every page to static files.</summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string folder, string[] args)
    {
        var app = SiteApplication.Build(args, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // The exporter's own requests are not visitors: a log line each would bury the progress line and the
            // summary (a failed fetch is reported by the exporter itself).
            builder.Configuration["RequestLog:Enabled"] = "false";
            // Every page is asked for once, so a cached copy would never be served; and the export writes only the
            // empty search page, which needs no index.
            builder.Configuration["HttpCaching:OutputCacheEnabled"] = "false";
            builder.Configuration["Content:SearchIndex"] = "false";
        });
        if (!app.HasServableContent())
        {
            await app.DisposeAsync();
            return 1;
        }
        app.UseSite();
        await app.StartAsync();
        ExportProgress? progress = null;
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var paths = app.Services.GetRequiredService<PublishedPages>().Files(app.Services.GetRequiredService<ContentStore>().Current);
            progress = ExportProgress.ForConsole(paths.Count);
            var written = await new StaticSiteExporter(client).ExportAsync(paths, Path.GetFullPath(folder), Environment.ProcessorCount, progress);
            progress.Finish();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Exported {written.Count} files ({paths.Count} pages and feeds) to {Path.GetFullPath(folder)} in {progress.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            progress?.Finish();
            Console.Error.WriteLine($"error: export failed: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
