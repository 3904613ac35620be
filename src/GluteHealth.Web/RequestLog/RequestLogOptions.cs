namespace GluteHealth.Web.RequestLog;

/// <summary>The per-request log line. Bound from <c>RequestLog</c>.</summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "RequestLog";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long lines gather before they are written, in one batch, to standard output. Short, so a busy site
    /// formats a few hundred lines at a time rather than thousands in one burst that would hold up requests.
    /// </summary>
    public int FlushIntervalMilliseconds { get; set; } = 10;

    /// <summary>Lines held while standard output is slow or blocked; beyond it lines are dropped and counted, never waited for.</summary>
    public int QueueCapacity { get; set; } = 100_000;
}
