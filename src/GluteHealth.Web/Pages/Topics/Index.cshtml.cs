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
        Description = "Every GluteHealth topic with its articles: pain, cramps, twitches, sitting, stretching and strengthening.";
        CanonicalPath = "/topics";
        Breadcrumbs = [new("Home", "/"), new("Topics", null)];
    }
}
