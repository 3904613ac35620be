using System.Globalization;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>How dates read on the site: "22 November 2026", with an ISO form for <c>&lt;time datetime&gt;</c>.</summary>
public static class Dates
{
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
