using GluteHealth.Content;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Infrastructure;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content pipeline: one compiler, one loader, one store holding the current snapshot.</summary>
    public static IServiceCollection AddSiteContent(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.SectionName));
        services.AddSingleton<IArticleCompiler, ArticleCompiler>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentLoader(sp.GetRequiredService<IArticleCompiler>(), options.MaxFileBytes,
                holdSearchBuild: WhenListening(sp.GetRequiredService<IHostApplicationLifetime>()), buildSearchIndex: options.SearchIndex);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentStore(
                ContentFolder.Resolve(options.Path, environment.ContentRootPath),
                sp.GetRequiredService<ContentLoader>(),
                options,
                sp.GetRequiredService<ILogger<ContentStore>>());
        });
        return services;
    }

    // The first search index is built once the site listens: until then the host's own start-up has the CPU, which on
    // one core the build would share even at its low priority (docs/performance.md). A search meanwhile waits up to a
    // second for it, then answers 503.
    private static Task WhenListening(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }
}
