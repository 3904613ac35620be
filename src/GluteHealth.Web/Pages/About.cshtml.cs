using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages;

[OutputCache(PolicyName = CachePolicies.Info)]
public sealed class AboutModel(ContentStore content, IOptions<SiteOptions> site) : SitePageModel(content)
{
    public string Publisher => site.Value.Publisher;

    public int ReviewIntervalMonths => site.Value.ReviewIntervalMonths;

    public void OnGet()
    {
        PageTitle = "About";
        Description = $"Who publishes {site.Value.Name}, how its articles are written and reviewed, and what they can and cannot do for you.";
        CanonicalPath = SiteUrls.About;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("About", null)];
    }
}
