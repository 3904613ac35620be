using System.Diagnostics;
using GluteHealth.BrowserTests.Infrastructure;
using GluteHealth.Content;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GluteHealth.BrowserTests;

public sealed class HtmlValidityTests(ITestOutputHelper output)
{
    [HtmlCheckerFact]
    public async Task Every_page_type_is_valid_html_by_the_nu_html_checker()
    {
        if (HtmlCheckerEnvironment.Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        using var server = new SiteServer();
        var baseAddress = server.Start();
        using var client = new HttpClient { BaseAddress = baseAddress };
        var snapshot = server.Services.GetRequiredService<ContentStore>().Current;
        var folder = Directory.CreateTempSubdirectory("html-check-").FullName;
        try
        {
            var pages = new SitePages(snapshot);
            var paths = SitePages.Names.Select(name => pages[name].Path)
                .Concat(snapshot.Articles.Select(a => "/articles/" + a.Slug))
                .Concat(snapshot.Topics.Select(t => "/topics/" + t.Key))
                .Distinct()
                .ToArray();
            for (var i = 0; i < paths.Length; i++)
            {
                using var response = await client.GetAsync(paths[i]);
                await File.WriteAllBytesAsync(Path.Combine(folder, $"page-{i:00}.html"), await response.Content.ReadAsByteArrayAsync());
                output.WriteLine($"page-{i:00}.html = {paths[i]}");
            }

            var (exit, messages) = await RunCheckerAsync(folder);

            output.WriteLine(messages);
            Assert.True(exit == 0, $"The Nu HTML Checker found problems:\n{messages}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Messages)> RunCheckerAsync(string folder)
    {
        var start = new ProcessStartInfo(HtmlCheckerEnvironment.JavaPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", RepositoryPaths.NuHtmlChecker, "--skip-non-html", "--format", "text", folder })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
