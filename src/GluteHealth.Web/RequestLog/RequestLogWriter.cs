using Microsoft.Extensions.Options;

namespace GluteHealth.Web.RequestLog;

/// <summary>
/// Writes queued request log lines to standard output from a thread of its own: it sleeps while the site is idle,
/// and while requests arrive it writes what gathered every few milliseconds, in writes of at most 4 KB that end at a line break: one system call carries dozens of lines, and each write is
/// small enough for a pipe to take whole, so the Serilog lines written to the same output never land inside one.
/// A blocked output fills the queue and drops lines (counted and reported); it never holds up a request.
/// </summary>
public sealed class RequestLogWriter : IHostedService, IDisposable
{
    private const int ChunkBytes = 4096;

    private readonly RequestLogQueue _queue;
    private readonly Stream _output;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly byte[] _chunk = new byte[ChunkBytes];
    private Thread? _thread;

    public RequestLogWriter(RequestLogQueue queue, IOptions<RequestLogOptions> options)
        : this(queue, options, Console.OpenStandardOutput())
    {
    }

    internal RequestLogWriter(RequestLogQueue queue, IOptions<RequestLogOptions> options, Stream output)
    {
        _queue = queue;
        _output = output;
        _interval = TimeSpan.FromMilliseconds(Math.Max(1, options.Value.FlushIntervalMilliseconds));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _thread = new Thread(WriteUntilStopped) { IsBackground = true, Name = "Request log writer" };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        _thread?.Join(TimeSpan.FromSeconds(5));
        return Task.CompletedTask;
    }

    /// <summary>Writes every queued line now.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            var offset = TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow);
            var used = 0;
            var dropped = _queue.TakeDroppedCount();
            if (dropped > 0)
            {
                RequestLogFormatter.TryFormatDropped(dropped, DateTime.UtcNow, offset, _chunk, out used);
            }
            while (_queue.TryTake(out var entry))
            {
                if (!RequestLogFormatter.TryFormat(entry, offset, _chunk.AsSpan(used), out var written))
                {
                    Write(used);
                    RequestLogFormatter.TryFormat(entry, offset, _chunk, out written);
                    used = 0;
                }
                used += written;
            }
            Write(used);
        }
    }

    // Requests still finishing while the host shuts down are written when the container disposes the writer.
    public void Dispose()
    {
        _stopping.Cancel();
        Flush();
    }

    private void WriteUntilStopped()
    {
        var stopping = _stopping.Token;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                _queue.WaitForEntriesAsync(stopping).AsTask().GetAwaiter().GetResult();
                stopping.WaitHandle.WaitOne(_interval);
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
        }
        Flush();
    }

    private void Write(int count)
    {
        if (count == 0)
        {
            return;
        }
        try
        {
            _output.Write(_chunk, 0, count);
            _output.Flush();
        }
        catch (IOException)
        {
            // Nowhere to report a broken standard output; the lines are lost, the site keeps serving.
        }
    }
}
