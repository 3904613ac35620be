namespace GluteHealth.Web.Http;

/// <summary>How many searches one client address may make per window. Bound from <c>RateLimiting:Search</c>.</summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "RateLimiting:Search";

    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 10;
}
