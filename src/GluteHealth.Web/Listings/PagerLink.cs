namespace GluteHealth.Web.Listings;

/// <summary>One place in a pager: a page (with its path, or the current page) or, with no number, a gap of skipped pages.</summary>
public sealed record PagerLink(int? Number, string? Path, bool IsCurrent);
