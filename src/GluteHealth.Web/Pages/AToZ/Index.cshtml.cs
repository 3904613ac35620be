using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;

namespace GluteHealth.Web.Pages.AToZ;

[OutputCache(PolicyName = CachePolicies.Topics)]
public sealed class IndexModel(ContentStore content) : SitePageModel(content)
{
    public LetterNavView Letters { get; private set; } = null!;

    public void OnGet()
    {
        Letters = new LetterNavView(SnapshotListings.Of(Snapshot).Alphabet.Letters, Current: null);
        PageTitle = "Articles A to Z";
        Description = "Every GluteHealth article by the first letter of its title.";
        CanonicalPath = SiteUrls.AToZ;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("A to Z", null)];
    }
}
