namespace GluteHealth.Web.Infrastructure;

/// <summary>
/// Page URLs have one spelling: lowercase, no trailing slash. Any other spelling answers 301 to it, so links
/// and search engines converge on a single address. Paths of files (with an extension) are left alone.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (string.IsNullOrEmpty(path) || path == "/" || Path.HasExtension(path))
        {
            return next(context);
        }

        var canonical = path.TrimEnd('/').ToLowerInvariant();
        if (canonical.Length == 0)
        {
            canonical = "/";
        }
        if (canonical == path)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + context.Request.QueryString.ToUriComponent();
        return Task.CompletedTask;
    }
}
