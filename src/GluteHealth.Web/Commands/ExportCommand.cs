using System.Globalization;
using GluteHealth.Content;
using GluteHealth.Web.Export;
using GluteHealth.Web.Infrastructure;
using GluteHealth.Web.Listings;
using Microsoft.AspNetCore.Hosting.Server;

namespace GluteHealth.Web.Commands;

/// <summary><c>export &lt;dir&gt;</c>: starts the site on a server that listens on nothing and writes every page to static files.</summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string folder, string[] args)
    {
        var app = SiteApplication.Build(args, builder =>
        {
            // Requests are handed to the site in process: no port, no socket, no HTTP parsing.
            builder.Services.AddSingleton<InProcessServer>();
            builder.Services.AddSingleton<IServer>(services => services.GetRequiredService<InProcessServer>());
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
            var paths = app.Services.GetRequiredService<PublishedPages>().Files(app.Services.GetRequiredService<ContentStore>().Current);
            progress = ExportProgress.ForConsole(paths.Count);
            var written = await new StaticSiteExporter(app.Services.GetRequiredService<InProcessServer>()).ExportAsync(paths, Path.GetFullPath(folder), Environment.ProcessorCount, progress);
            progress.Finish();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Exported {written.Count} files ({paths.Count} pages and feeds) to {Path.GetFullPath(folder)} in {progress.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
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
