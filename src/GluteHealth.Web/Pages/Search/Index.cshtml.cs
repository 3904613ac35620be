using System.Globalization;
using GluteHealth.Content;
using GluteHealth.Content.Search;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using GluteHealth.Web.Http;
using GluteHealth.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace GluteHealth.Web.Pages.Search;

[EnableRateLimiting(SearchRateLimiting.PolicyName)]
[OutputCache(PolicyName = CachePolicies.Search)]
public sealed class IndexModel(ContentStore content, StartupGate startup) : SitePageModel(content)
{
    public const int RetryAfterSeconds = 5;

    // Every start builds the search index in the background; a small library's is ready within a second, so a
    // search arriving that early waits for it instead of being told to come back. A large library's takes longer.
    private static readonly TimeSpan StartingWait = TimeSpan.FromSeconds(1);
    private const int MaxSuggestedTopics = 8;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchOutcome Outcome { get; private set; }

    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The number the list of this page's results starts from.</summary>
    public int FirstResultNumber => (Results.Page - 1) * SearchIndex.PageSize + 1;

    public IReadOnlyList<SearchHit> Hits => Results.Hits;

    public IReadOnlyList<TopicSuggestion> SuggestedTopics { get; private set; } = [];

    public string? PreviousPageUrl { get; private set; }

    public string? NextPageUrl { get; private set; }

    /// <param name="pageNumber">As sent; anything but a whole number from 1 is a 404. Read from the query string
    /// only: "page" is also the route value Razor Pages names the page by.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber)
    {
        var page = 1;
        if (pageNumber is not null && (!int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return NotFound();
        }
        var query = Query?.Trim() ?? "";
        Query = query;
        var searchable = query is { Length: > 0 and <= SearchIndex.MaxQueryLength };
        if (searchable)
        {
            // A search needs the index now: the first one after a start lets its build begin.
            startup.Open();
        }
        var ready = searchable && await Snapshot.Search.WaitUntilReadyAsync(StartingWait, HttpContext.RequestAborted);
        Outcome = query switch
        {
            "" => SearchOutcome.NoQuery,
            { Length: > SearchIndex.MaxQueryLength } => SearchOutcome.TooLong,
            _ when !ready => SearchOutcome.Starting,
            _ => SearchOutcome.Searched,
        };
        if (Outcome == SearchOutcome.Starting)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        if (Outcome == SearchOutcome.Searched)
        {
            Results = Snapshot.Search.SearchPage(query, page);
            PreviousPageUrl = Results.Page > 1 ? SiteUrls.SearchResults(query, Results.Page - 1) : null;
            NextPageUrl = Results.Page < Results.PageCount ? SiteUrls.SearchResults(query, Results.Page + 1) : null;
            SuggestedTopics = Results.TotalHits == 0 ? Suggest(query) : [];
        }

        PageTitle = Outcome == SearchOutcome.Searched
            ? $"Search results for “{query}”{(Results.Page > 1 ? $", page {Results.Page}" : "")}"
            : "Search";
        Description = $"Search {SiteName}'s articles about glute pain, cramps, twitches, weakness and exercises.";
        CanonicalPath = SiteUrls.Search;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Search", null)];
        return Page();
    }

    /// <summary>Topics whose name or description shares a word with the query first, then the largest topics.</summary>
    private IReadOnlyList<TopicSuggestion> Suggest(string query)
    {
        var terms = SearchTerms.Of(query).ToHashSet(StringComparer.Ordinal);
        return Snapshot.Topics
            .Select(t => (Topic: t, Matches: SearchTerms.Of($"{t.Name} {t.Description}").Any(terms.Contains), Count: Snapshot.ArticlesIn(t.Key).Count))
            .OrderByDescending(t => t.Matches)
            .ThenByDescending(t => t.Count)
            .ThenBy(t => t.Topic.Name, StringComparer.Ordinal)
            .Take(MaxSuggestedTopics)
            .Select(t => new TopicSuggestion(t.Topic, t.Count))
            .ToArray();
    }
}
