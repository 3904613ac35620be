using System.IO.Hashing;
using GluteHealth.Content;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GluteHealth.Web.Http;

/// <summary>
/// Gives every successful page a strong ETag (a hash of the exact bytes sent, so each encoding has its own),
/// a Last-Modified from the content, and the page Cache-Control; answers a matching conditional request with
/// 304 and no body. Sits inside the output cache, so a cached page keeps its validators and costs no hashing.
/// </summary>
public sealed class PageValidatorsMiddleware(RequestDelegate next, ContentStore content, IOptions<HttpCachingOptions> options)
{
    private static readonly string[] ValidatedTypes = ["text/html", "application/xml", "application/atom+xml", "text/plain", "image/svg+xml"];

    private readonly string _cacheControl =
        $"public, max-age={options.Value.PageMaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        var lastModified = content.Current.ContentModifiedAt;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && IsValidatedType(response.ContentType)
            && StringValues.IsNullOrEmpty(response.Headers.ETag))
        {
            var hash = XxHash128.Hash(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash) + "\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.LastModified = HeaderUtilities.FormatDate(lastModified);
            if (StringValues.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = _cacheControl;
            }
            if (IsNotModified(request, etag, lastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static bool IsValidatedType(string? contentType) =>
        contentType is not null && ValidatedTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var typed = request.GetTypedHeaders();
        if (typed.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }
        return typed.IfModifiedSince is { } since && lastModified <= since;
    }
}
