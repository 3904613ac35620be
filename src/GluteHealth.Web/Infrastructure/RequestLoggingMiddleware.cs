using System.Diagnostics;

namespace GluteHealth.Web.Infrastructure;

/// <summary>One structured line per request: method, path, status and elapsed milliseconds.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var method = context.Request.Method;
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.000} ms",
                method, context.Request.Path.Value, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
