using GluteHealth.Web.Listings;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>The A–Z letter strip: every letter, linked when it has articles, the current letter (if any) marked.</summary>
public sealed record LetterNavView(IReadOnlyList<LetterGroup> Letters, string? Current)
{
    public string? AriaCurrentFor(LetterGroup letter) => letter.Key == Current ? "page" : null;

    public static string CountOf(LetterGroup letter) => Counts.Articles(letter.Articles.Count);
}
