using GluteHealth.Content;
using GluteHealth.Content.Search;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using GluteHealth.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace GluteHealth.Web.Pages.Search;

[EnableRateLimiting(SearchRateLimiting.PolicyName)]
[OutputCache(PolicyName = CachePolicies.Search)]
public sealed class IndexModel(ContentStore content) : SitePageModel(content)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchOutcome Outcome { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public void OnGet()
    {
        var query = Query?.Trim() ?? "";
        Query = query;
        Outcome = query switch
        {
            "" => SearchOutcome.NoQuery,
            { Length: > SearchIndex.MaxQueryLength } => SearchOutcome.TooLong,
            _ => SearchOutcome.Searched,
        };
        if (Outcome == SearchOutcome.Searched)
        {
            Hits = Snapshot.Search.Search(query);
        }

        PageTitle = Outcome == SearchOutcome.Searched ? $"Search results for “{query}”" : "Search";
        Description = "Search GluteHealth's articles about glute pain, cramps, twitches, weakness and exercises.";
        CanonicalPath = "/search";
        Breadcrumbs = [new("Home", "/"), new("Search", null)];
    }
}
