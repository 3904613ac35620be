namespace GluteHealth.Web.Pages.Search;

public enum SearchOutcome
{
    NoQuery,
    TooLong,
    Searched,

    /// <summary>The search index is still being built at start-up: 503 with Retry-After.</summary>
    Starting,
}
