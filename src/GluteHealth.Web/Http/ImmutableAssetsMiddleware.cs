using Microsoft.AspNetCore.StaticAssets;

namespace GluteHealth.Web.Http;

/// <summary>
/// A fingerprinted asset URL names one exact file forever, so it may be cached for a year as immutable.
/// The published manifest says so already; the build manifest does not, and both should behave the same.
/// </summary>
public sealed class ImmutableAssetsMiddleware(RequestDelegate next)
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    public Task InvokeAsync(HttpContext context)
    {
        var descriptor = context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>();
        var fingerprint = descriptor?.Properties.FirstOrDefault(p => p.Name == "fingerprint")?.Value;
        if (descriptor is not null && !string.IsNullOrEmpty(fingerprint) && descriptor.Route.Contains(fingerprint, StringComparison.Ordinal))
        {
            context.Response.OnStarting(static state =>
            {
                var response = ((HttpContext)state).Response;
                if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    response.Headers.CacheControl = CacheForever;
                }
                return Task.CompletedTask;
            }, context);
        }
        return next(context);
    }
}
