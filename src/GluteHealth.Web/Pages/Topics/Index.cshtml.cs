using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;

namespace GluteHealth.Web.Pages.Topics;

[OutputCache(PolicyName = CachePolicies.Topics)]
public sealed class IndexModel(ContentStore content) : SitePageModel(content)
{
    public void OnGet()
    {
        PageTitle = "All topics";
        Description = $"Every {SiteName} topic and how many articles it has: pain, cramps, twitches, sitting, stretching and strengthening.";
        CanonicalPath = SiteUrls.Topics;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Topics", null)];
    }
}
