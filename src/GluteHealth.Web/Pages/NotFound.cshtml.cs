using GluteHealth.Content;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Pages;

public sealed class NotFoundModel(ContentStore content) : SitePageModel(content)
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        PageTitle = "Page not found";
        Description = $"The page you asked for is not on {SiteName}.";
        CanonicalPath = SiteUrls.NotFound;
    }
}
