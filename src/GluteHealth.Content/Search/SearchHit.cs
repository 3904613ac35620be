namespace GluteHealth.Content.Search;

/// <summary>One ranked search result. <see cref="SnippetHtml"/> is HTML-encoded text with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(Article Article, double Score, string SnippetHtml);
