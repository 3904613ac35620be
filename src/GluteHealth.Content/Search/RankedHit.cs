namespace GluteHealth.Content.Search;

/// <summary>A matching document (top-level id), how many query terms it has, and its BM25 score.</summary>
internal readonly record struct RankedHit(int Doc, int Matched, float Score);
