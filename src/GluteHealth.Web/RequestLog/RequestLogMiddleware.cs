using System.Diagnostics;

namespace GluteHealth.Web.RequestLog;

/// <summary>Records method, path, status and elapsed time of every request; the query string is left out (search terms stay private).</summary>
public sealed class RequestLogMiddleware(RequestDelegate next, RequestLogQueue queue)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var method = context.Request.Method; // HEAD is answered as GET further in; the log keeps what was asked
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            queue.Add(new RequestLogEntry(
                DateTime.UtcNow, method, context.Request.Path.Value ?? "/", status, Stopwatch.GetElapsedTime(started)));
        }
    }
}
