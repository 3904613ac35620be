using System.Diagnostics;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>Runs the built site (GluteHealth.Web.dll) in Production with the given arguments until it exits.</summary>
public static class SiteRun
{
    public static async Task<(int Exit, string Output)> ToExitAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GluteHealth.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Should it wrongly start serving, it takes a free port rather than colliding with anything.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
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
            throw new Xunit.Sdk.XunitException("the site kept running (it started a server) instead of exiting");
        }
        return (process.ExitCode, await output + await errors);
    }
}
