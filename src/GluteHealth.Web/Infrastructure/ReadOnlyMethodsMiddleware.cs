namespace GluteHealth.Web.Infrastructure;

/// <summary>The site only publishes: GET and HEAD are served, every other method answers 405.</summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    private static readonly object AnsweredAsGet = new();

    /// <summary>The method as the client sent it: HEAD stays HEAD although it is answered as a GET.</summary>
    public static string ReceivedMethod(HttpContext context) =>
        context.Items.ContainsKey(AnsweredAsGet) ? HttpMethods.Head : context.Request.Method;

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return next(context);
        }
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // HEAD is answered as the GET it mirrors (same route, cache entry, headers and ETag); the body goes nowhere.
            context.Items[AnsweredAsGet] = null;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This site is read-only: use GET or HEAD.");
    }
}
