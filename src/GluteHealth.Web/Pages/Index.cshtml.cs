using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages;

[OutputCache(PolicyName = CachePolicies.Home)]
public sealed class IndexModel(ContentStore content, IOptions<SiteOptions> site, IOptions<ListingOptions> listings) : SitePageModel(content)
{
    public string Tagline => site.Value.Tagline;

    /// <summary>The few most recently reviewed articles: a bounded selection, never the whole library.</summary>
    public IReadOnlyList<Article> Newest { get; private set; } = [];

    public void OnGet()
    {
        PageTitle = "Plain-language glute health";
        Description = site.Value.Tagline;
        CanonicalPath = SiteUrls.Home;
        Newest = [.. SnapshotListings.Of(Snapshot).Newest.Take(listings.Value.HomeNewestCount)];
    }
}
