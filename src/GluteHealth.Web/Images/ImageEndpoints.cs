using GluteHealth.Content;
using GluteHealth.Web.Http;

namespace GluteHealth.Web.Images;

public static class ImageEndpoints
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    /// <summary>
    /// The content folder's drawings at their fingerprinted URLs (<c>/images/clamshell.&lt;hash&gt;.svg</c>), cached for a year as
    /// immutable. Only the current fingerprint answers: the bare name or a stale hash is a 404, so a URL never changes meaning.
    /// </summary>
    /// <remarks>
    /// Output cached like the pages, so each drawing is compressed once per encoding and content version; the page
    /// validators give each encoding its own strong ETag.
    /// </remarks>
    public static IEndpointRouteBuilder MapSiteImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + Content.Images.ContentImages.FolderName + "/{file}", WriteImageAsync).CacheOutput(CachePolicies.Images);
        return endpoints;
    }

    private static Task WriteImageAsync(HttpContext context)
    {
        var images = context.RequestServices.GetRequiredService<ContentStore>().Current.Images;
        if (images.FindByUrl(context.Request.Path.Value ?? "") is not { } image)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var response = context.Response;
        response.ContentType = "image/svg+xml";
        response.Headers.CacheControl = CacheForever;
        response.ContentLength = image.Bytes.Length;
        return response.Body.WriteAsync(image.Bytes, context.RequestAborted).AsTask();
    }
}
