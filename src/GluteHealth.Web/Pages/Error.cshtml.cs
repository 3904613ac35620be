using GluteHealth.Content;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Pages;

public sealed class ErrorModel(ContentStore content) : SitePageModel(content)
{
    public void OnGet()
    {
        PageTitle = "Something went wrong";
        Description = $"An error occurred on {SiteName}.";
        CanonicalPath = "/error";
    }
}
