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
        services.AddSingleton<StartupGate>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentLoader(sp.GetRequiredService<IArticleCompiler>(), options.MaxFileBytes,
                holdSearchBuild: sp.GetRequiredService<StartupGate>().Opened, buildSearchIndex: options.SearchIndex);
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
}
