namespace GluteHealth.Content.Related;

/// <summary>The candidates sharing the same number of topics with an article.</summary>
internal sealed record CandidateGroup(int SharedTopics, IReadOnlyList<TermProfile> Members);
