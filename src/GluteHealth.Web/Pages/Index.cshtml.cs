using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages;

[OutputCache(PolicyName = CachePolicies.Home)]
public sealed class IndexModel(ContentStore content, IOptions<SiteOptions> site) : SitePageModel(content)
{
    public string Tagline => site.Value.Tagline;

    public void OnGet()
    {
        PageTitle = "Plain-language glute health";
        Description = site.Value.Tagline;
        CanonicalPath = "/";
    }
}
