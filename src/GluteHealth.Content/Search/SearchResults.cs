namespace GluteHealth.Content.Search;

/// <summary>One page of ranked hits. <see cref="Page"/> is clamped to 1..<see cref="PageCount"/>.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalHits, int Page, int PageCount)
{
    public static SearchResults None { get; } = new([], 0, 1, 1);
}
