namespace GluteHealth.Web.Pages.Search;

public enum SearchOutcome
{
    NoQuery,
    TooLong,
    Searched,
}
