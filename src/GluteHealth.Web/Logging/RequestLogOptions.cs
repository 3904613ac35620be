namespace GluteHealth.Web.Logging;

/// <summary>The one event per request (Serilog's request logging). Bound from <c>RequestLog</c>.</summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "RequestLog";

    /// <summary>Off leaves the request logging middleware out of the pipeline (to measure what it costs).</summary>
    public bool Enabled { get; set; } = true;
}
