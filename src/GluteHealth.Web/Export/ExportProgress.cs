using System.Diagnostics;
using System.Globalization;

namespace GluteHealth.Web.Export;

/// <summary>
/// "pages done / total, elapsed" on one rewritten terminal line while a long export runs; nothing when the output is
/// not a terminal (a log or a pipe gets only the command's final summary line).
/// </summary>
public sealed class ExportProgress(int total, TextWriter output, bool interactive) : IProgress<int>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastWrite = -Interval;
    private bool _wrote;

    /// <summary>For the console: interactive only when standard error (where the line goes) is a terminal.</summary>
    public static ExportProgress ForConsole(int total) => new(total, Console.Error, !Console.IsErrorRedirected);

    public TimeSpan Elapsed => _elapsed.Elapsed;

    public void Report(int done)
    {
        if (!interactive)
        {
            return;
        }
        lock (_gate)
        {
            var now = _elapsed.Elapsed;
            if (done < total && now - _lastWrite < Interval)
            {
                return;
            }
            _lastWrite = now;
            _wrote = true;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done}/{total} pages, {now.TotalSeconds:0.0} s"));
            output.Flush();
        }
    }

    /// <summary>Ends the progress line, so what is written next starts on a line of its own.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_wrote)
            {
                output.WriteLine();
                _wrote = false;
            }
        }
    }
}
