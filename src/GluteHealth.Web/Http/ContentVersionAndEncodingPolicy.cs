using GluteHealth.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace GluteHealth.Web.Http;

/// <summary>
/// Keys cached pages by content version and by the encoding the compression middleware will choose for the request.
/// The version in the key means a request that began before a reload can never store an old page where a new
/// request would find it. The encoding is the framework's own choice (the same provider the middleware asks), so a
/// page is never stored under an encoding it was not sent in, whatever the Accept-Encoding header says.
/// </summary>
public sealed class ContentVersionAndEncodingPolicy(ContentStore content, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public const string Tag = "content";

    private const string Identity = "identity";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues["content-version"] = content.Current.VersionText;
        context.CacheVaryByRules.VaryByValues["encoding"] = ChosenEncoding(context.HttpContext);
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    private string ChosenEncoding(HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? Identity
            : Identity;
}
