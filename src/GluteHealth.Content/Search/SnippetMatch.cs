namespace GluteHealth.Content.Search;

/// <summary>A matched word inside <see cref="SearchSnippet.Text"/>, as written there.</summary>
public readonly record struct SnippetMatch(int Start, int Length);
