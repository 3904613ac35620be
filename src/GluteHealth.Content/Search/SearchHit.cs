namespace GluteHealth.Content.Search;

/// <summary>One ranked search result with a snippet of plain text and match positions (no HTML).</summary>
public sealed record SearchHit(Article Article, double Score, SearchSnippet Snippet);
