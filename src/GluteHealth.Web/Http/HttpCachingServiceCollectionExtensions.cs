using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace GluteHealth.Web.Http;

public static class HttpCachingServiceCollectionExtensions
{
    /// <summary>Output caching per page type, compression stored with the cached page, rate limiting for search.</summary>
    public static IServiceCollection AddSiteHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var caching = configuration.GetSection(HttpCachingOptions.SectionName).Get<HttpCachingOptions>() ?? new HttpCachingOptions();
        services.AddOptions<HttpCachingOptions>().Bind(configuration.GetSection(HttpCachingOptions.SectionName));

        services.AddOutputCache(options =>
        {
            options.AddPolicy(CachePolicies.Pages, policy => policy
                .Expire(TimeSpan.FromSeconds(caching.OutputCacheSeconds))
                .SetVaryByQuery("q")
                .AddPolicy<ContentVersionAndEncodingPolicy>());
            options.AddPolicy(CachePolicies.Feeds, policy => policy
                .Expire(TimeSpan.FromSeconds(caching.OutputCacheSeconds))
                .SetVaryByQuery([])
                .AddPolicy<ContentVersionAndEncodingPolicy>());
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]);
        });
        // Compressed pages are stored in the output cache, so the best ratio is paid once per page and encoding.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);

        services.AddSearchRateLimiting(configuration);
        return services;
    }
}
