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

    private VersionText _version = new(-1, "");

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues["content-version"] = CurrentVersionText();
        context.CacheVaryByRules.VaryByValues["encoding"] = ContentEncodingNegotiation.Choose(context.HttpContext.Request);
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    // The version's text is made once per content version, not once per request.
    private string CurrentVersionText()
    {
        var version = content.Current.Version;
        var known = Volatile.Read(ref _version);
        if (known.Version != version)
        {
            known = new VersionText(version, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Volatile.Write(ref _version, known);
        }
        return known.Text;
    }

    private sealed record VersionText(long Version, string Text);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
