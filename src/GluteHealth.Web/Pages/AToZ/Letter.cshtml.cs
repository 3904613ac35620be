using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages.AToZ;

[OutputCache(PolicyName = CachePolicies.Topics)]
public sealed class LetterModel(ContentStore content, IOptions<ListingOptions> listings) : ListingPageModel(content, listings)
{
    public LetterGroup Letter { get; private set; } = null!;

    public LetterNavView Letters { get; private set; } = null!;

    public IActionResult OnGet(string letter, string? number)
    {
        var alphabet = SnapshotListings.Of(Snapshot).Alphabet;
        // A letter without articles is shown on the index but not linked, and has no page (nor has the export).
        if (alphabet.Find(letter) is not { Articles.Count: > 0 } group)
        {
            return NotFound();
        }
        if (SelectPage(group.Articles, number, n => SiteUrls.Letter(group.Key, n)) is { } elsewhere)
        {
            return elsewhere;
        }
        Letter = group;
        Letters = new LetterNavView(alphabet.Letters, group.Key);
        PageTitle = Numbered($"Articles A to Z: {group.Label}");
        Description = $"GluteHealth articles whose title starts with {group.Label}.";
        Breadcrumbs = TrailTo(group.Label, new("Home", SiteUrls.Home), new("A to Z", SiteUrls.AToZ));
        return Page();
    }
}
