using Serilog;
using Serilog.Configuration;
using Serilog.Formatting;

namespace GluteHealth.Web.Logging;

/// <summary>
/// <c>WriteTo.StandardOutput(...)</c>, the site's log sink (named in appsettings as <c>"Name": "StandardOutput"</c>):
/// Serilog's own batching (a bounded queue, a background worker, a flush on shutdown) over <see cref="StandardOutputSink"/>.
/// Why not Serilog.Sinks.File on /dev/stdout, the cheaper of the common choices: version 7 seeks the file it opens,
/// which fails on a pipe, so under Docker or systemd the log would be silently empty. The console sink writes and
/// flushes once per event.
/// </summary>
public static class StandardOutputLoggerConfigurationExtensions
{
    public static LoggerConfiguration StandardOutput(
        this LoggerSinkConfiguration sinkConfiguration,
        ITextFormatter formatter,
        TimeSpan? bufferingTimeLimit = null,
        int queueLimit = 100_000,
        string? path = null) =>
        sinkConfiguration.Sink(
            // A path (a file, /dev/null for benchmarks) instead of standard output, when one is configured.
            new StandardOutputSink(formatter, path is null ? Console.OpenStandardOutput() : File.Open(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)),
            new BatchingOptions
            {
                // Short, so a busy site formats a few hundred events at a time and a quiet one shows its lines at once.
                BufferingTimeLimit = bufferingTimeLimit ?? TimeSpan.FromMilliseconds(10),
                BatchSizeLimit = 1000,
                // A blocked stdout drops events beyond this rather than holding up requests or growing without bound.
                QueueLimit = queueLimit,
                EagerlyEmitFirstEvent = true,
            });
}
