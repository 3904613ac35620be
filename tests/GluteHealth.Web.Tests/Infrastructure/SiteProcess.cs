using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>
/// The built site as its own process with standard output read through a pipe, as under Docker or systemd, so its
/// log is seen exactly as an operator would see it.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _outputClosed.TrySetResult();
            }
            else
            {
                _lines.Enqueue(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Enqueue(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public required Uri Address { get; init; }

    public static async Task<SiteProcess> StartAsync(string environment, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "GluteHealth.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        foreach (var argument in arguments.Concat(["--urls", address.ToString()]))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var site = new SiteProcess(Process.Start(start)!) { Address = address };
        // Answering is the sign it listens: the log may hold its lines back (that is one of the things tested).
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var listening = await Eventually.TrueAsync(async () =>
        {
            if (site._process.HasExited)
            {
                return true;
            }
            try
            {
                using var response = await probe.GetAsync("/healthz");
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, timeoutSeconds: 60);
        if (!listening || site._process.HasExited)
        {
            await site.DisposeAsync();
            throw new Xunit.Sdk.XunitException("the site did not start listening:\n" + string.Join("\n", site.Lines));
        }
        return site;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task<bool> WroteAsync(Func<string, bool> line) =>
        Eventually.TrueAsync(() => Task.FromResult(Lines.Any(line)));

    /// <summary>Stops the site the way a service manager does (SIGTERM) and waits until its output is closed.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        await _outputClosed.Task.WaitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
