using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace GluteHealth.Web.Http;

public static class HttpCachingServiceCollectionExtensions
{
    /// <summary>Output caching per page type, compression stored with the cached page, rate limiting for search.</summary>
    public static IServiceCollection AddSiteHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var caching = configuration.GetSection(HttpCachingOptions.SectionName).Get<HttpCachingOptions>() ?? new HttpCachingOptions();
        services.AddOptions<HttpCachingOptions>().Bind(configuration.GetSection(HttpCachingOptions.SectionName));

        var sizeLimit = caching.OutputCacheSizeLimitMegabytes * 1024L * 1024L;
        // Registered first, so the framework's own store (which it adds only when there is none) is not.
        services.AddSingleton<IOutputCacheStore>(_ => new ScanResistantOutputCacheStore(sizeLimit));
        services.AddOutputCache(options =>
        {
            options.SizeLimit = sizeLimit;
            var pages = TimeSpan.FromSeconds(caching.OutputCacheSeconds);
            AddContentPolicy(options, CachePolicies.Home, pages);
            AddContentPolicy(options, CachePolicies.Articles, pages);
            AddContentPolicy(options, CachePolicies.Topics, pages);
            AddContentPolicy(options, CachePolicies.Info, pages);
            AddContentPolicy(options, CachePolicies.Feeds, pages);
            AddContentPolicy(options, CachePolicies.Images, pages);
            // Search answers vary by query; a shorter life keeps rarely repeated queries from lingering.
            AddContentPolicy(options, CachePolicies.Search, TimeSpan.FromSeconds(caching.SearchOutputCacheSeconds), "q", "page");
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

    private static void AddContentPolicy(OutputCacheOptions options, string name, TimeSpan expiry, params string[] queryKeys) =>
        options.AddPolicy(name, policy => policy
            .Expire(expiry)
            .SetVaryByQuery(queryKeys)
            .AddPolicy<ContentPageCachePolicy>());
}
