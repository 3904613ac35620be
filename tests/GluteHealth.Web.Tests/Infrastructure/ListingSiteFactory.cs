using Microsoft.AspNetCore.Hosting;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>The site over <see cref="GeneratedContent"/> with small listing limits, so every listing has several pages.</summary>
public sealed class ListingSiteFactory() : SiteFactory(GeneratedContent.Folder)
{
    public const int PageSize = 10;

    public const int HomeNewestCount = 5;

    public const int SitemapUrlsPerFile = 25;

    /// <summary>Fewer than the three generated topics, so the header must leave one out.</summary>
    public const int HeaderTopicCount = 2;

    /// <summary>Fewer than the three generated topics, so the home page's topic section must leave some out.</summary>
    public const int BrowseTopicCount = 1;

    /// <summary>The same limits as command-line options, for the export command.</summary>
    public static readonly string[] Settings =
    [
        $"--Listings:PageSize={PageSize}", $"--Listings:HomeNewestCount={HomeNewestCount}", $"--Listings:SitemapUrlsPerFile={SitemapUrlsPerFile}",
        $"--Listings:HeaderTopicCount={HeaderTopicCount}", $"--Listings:BrowseTopicCount={BrowseTopicCount}",
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var setting in Settings)
        {
            var (key, value) = (setting[2..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            builder.UseSetting(key, value);
        }
    }
}
