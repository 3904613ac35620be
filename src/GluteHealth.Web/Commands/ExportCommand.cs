using GluteHealth.Content;
using GluteHealth.Web.Export;
using GluteHealth.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GluteHealth.Web.Commands;

/// <summary><c>export &lt;dir&gt;</c>: starts the site on a private loopback port and writes every page to static files.</summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string folder, string[] args)
    {
        var app = SiteApplication.Build(args, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        if (!app.HasServableContent())
        {
            await app.DisposeAsync();
            return 1;
        }
        app.UseSite();
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var paths = StaticSiteExporter.PagePaths(app.Services.GetRequiredService<ContentStore>().Current);
            var written = await new StaticSiteExporter(client).ExportAsync(paths, Path.GetFullPath(folder));
            Console.WriteLine($"Exported {written.Count} files to {Path.GetFullPath(folder)}");
            return 0;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
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
