namespace GluteHealth.Web.Infrastructure;

/// <summary>The site only publishes: GET and HEAD are served, every other method answers 405.</summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return next(context);
        }
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // HEAD is answered as the GET it mirrors (same route, cache entry, headers and ETag); the body goes nowhere.
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
