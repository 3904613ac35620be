using GluteHealth.Content;
using GluteHealth.Web.Listings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>A page listing one page of a long list of articles at <c>{path}</c> and <c>{path}/page/{number}</c>.</summary>
public abstract class ListingPageModel(ContentStore content, IOptions<ListingOptions> listings) : SitePageModel(content)
{
    public ListingPage Listing { get; private set; } = null!;

    /// <summary>"120 articles, page 2 of 3" (or just the count when it fits one page).</summary>
    public string CountLine { get; private set; } = "";

    /// <summary>
    /// Picks the requested page: null when it exists (and sets the listing, pager and canonical path), otherwise
    /// the answer: 301 from <c>page/1</c> to the listing's own address, 404 past the last page or for a malformed number.
    /// </summary>
    protected IActionResult? SelectPage(IReadOnlyList<Article> articles, string? number, Func<int, string> pathOf)
    {
        if (number == "1")
        {
            return RedirectPermanent(pathOf(1));
        }
        if (!PageNumber.TryParse(number, out var n) || ListingPage.Of(articles, n, listings.Value.PageSize) is not { } page)
        {
            return NotFound();
        }
        Listing = page;
        CountLine = page.PageCount == 1 ? Counts.Articles(articles.Count) : $"{Counts.Articles(articles.Count)}, page {n} of {page.PageCount}";
        Pager = Pager.For(page, pathOf);
        CanonicalPath = pathOf(n);
        return null;
    }

    /// <summary>The page's name with ", page n" after the first page, for titles and the last breadcrumb.</summary>
    protected string Numbered(string name) => Listing.Number == 1 ? name : $"{name}, page {Listing.Number}";

    /// <summary>The trail ends at the listing's name, a link back to its first page when this is a later page.</summary>
    protected IReadOnlyList<Breadcrumb> TrailTo(string name, params Breadcrumb[] before) =>
        Listing.Number == 1
            ? [.. before, new(name, null)]
            : [.. before, new(name, CanonicalPathOfFirstPage), new($"Page {Listing.Number}", null)];

    private string CanonicalPathOfFirstPage => Pager!.Links[0].Path!;
}
