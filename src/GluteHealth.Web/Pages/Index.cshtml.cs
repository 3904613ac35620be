using GluteHealth.Content;
using GluteHealth.Web.Pages.Shared;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages;

public sealed class IndexModel(ContentStore content, IOptions<SiteOptions> site) : SitePageModel(content)
{
    public string Tagline => site.Value.Tagline;

    public void OnGet()
    {
        PageTitle = $"{site.Value.Name}: plain-language glute health";
        Description = site.Value.Tagline;
        CanonicalPath = "/";
    }
}
