using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace GluteHealth.Web.Logging;

/// <summary>
/// Writes each batch Serilog's batching hands over to standard output in one flush: formatting and the write happen
/// on Serilog's background worker, never on a request, and a busy site makes one write call per batch, not per event.
/// Standard output is used as a stream, so it works as a terminal, a file or a pipe (Docker, systemd).
/// </summary>
public sealed class StandardOutputSink(ITextFormatter formatter, Stream output) : IBatchedLogEventSink, IDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _writer);
        }
        _writer.Flush();
        return Task.CompletedTask;
    }

    public void Dispose() => _writer.Dispose();
}
