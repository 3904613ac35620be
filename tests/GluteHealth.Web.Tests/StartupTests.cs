using System.Diagnostics;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Starting_with_a_missing_content_folder_names_the_path_and_exits_non_zero()
    {
        var missing = Path.Combine(Path.GetTempPath(), "missing-content-" + Guid.NewGuid().ToString("N"));

        var (exit, output) = await RunSiteAsync($"--Content:Path={missing}");

        Assert.NotEqual(0, exit);
        Assert.Contains(missing, output);
        Assert.Contains("does not exist", output);
    }

    [Fact]
    public async Task Starting_with_an_empty_content_folder_names_the_path_and_exits_non_zero()
    {
        var empty = Directory.CreateTempSubdirectory("empty-content-").FullName;
        try
        {
            var (exit, output) = await RunSiteAsync($"--Content:Path={empty}");

            Assert.NotEqual(0, exit);
            Assert.Contains(empty, output);
            Assert.Contains("no valid articles", output);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunSiteAsync(string arguments)
    {
        var site = Path.Combine(AppContext.BaseDirectory, "GluteHealth.Web.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{site}\" {arguments} --urls http://127.0.0.1:0")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the site kept running instead of refusing to start");
        }
        return (process.ExitCode, await output + await errors);
    }
}
