using GluteHealth.Content;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Pages.Topics;

public sealed class IndexModel(ContentStore content) : SitePageModel(content)
{
    public void OnGet()
    {
        PageTitle = "All topics | GluteHealth";
        Description = "Every GluteHealth topic with its articles: pain, cramps, twitches, sitting, stretching and strengthening.";
        CanonicalPath = "/topics";
        Breadcrumbs = [new("Home", "/"), new("Topics", null)];
    }
}
