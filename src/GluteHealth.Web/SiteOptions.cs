namespace GluteHealth.Web;

/// <summary>Site-wide settings, bound from the <c>Site</c> section.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    public string Name { get; set; } = "GluteHealth";

    /// <summary>One line saying what the site is.</summary>
    public string Tagline { get; set; } = "";

    /// <summary>The public address; every absolute URL is built from it, never from the request's Host header.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How long after its last review an article is due for its next one.</summary>
    public int ReviewIntervalMonths { get; set; } = 12;

    public string Publisher { get; set; } = "GluteHealth";
}
