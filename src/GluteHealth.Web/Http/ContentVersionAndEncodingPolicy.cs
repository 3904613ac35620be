using GluteHealth.Content;
using Microsoft.AspNetCore.OutputCaching;

namespace GluteHealth.Web.Http;

/// <summary>
/// Keys cached pages by content version and negotiated encoding. The version in the key means a request that
/// began before a reload can never store an old page where a new request would find it.
/// </summary>
public sealed class ContentVersionAndEncodingPolicy(ContentStore content) : IOutputCachePolicy
{
    public const string Tag = "content";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues["content-version"] = content.Current.VersionText;
        context.CacheVaryByRules.VaryByValues["encoding"] = ContentEncodingNegotiation.Choose(context.HttpContext.Request);
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
