namespace GluteHealth.Web.RequestLog;

/// <summary>What one request leaves in the request log, captured without allocating.</summary>
public readonly record struct RequestLogEntry(
    DateTime UtcTimestamp,
    string Method,
    string Path,
    int StatusCode,
    TimeSpan Elapsed);
