using GluteHealth.Content;

namespace GluteHealth.Web.Listings;

/// <summary>One letter of the A–Z index: its path key (<c>a</c>, <c>0-9</c>), how it reads, and its articles by title.</summary>
public sealed record LetterGroup(string Key, string Label, IReadOnlyList<Article> Articles);
