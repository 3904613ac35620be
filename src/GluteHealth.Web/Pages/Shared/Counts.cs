using System.Globalization;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>How counts read on the site: "1 article", "120 articles".</summary>
public static class Counts
{
    public static string Articles(int count) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + (count == 1 ? " article" : " articles");
}
