using GluteHealth.Content;

namespace GluteHealth.Web.Pages.Search;

/// <summary>A topic offered when a search finds nothing, with how many articles it holds.</summary>
public sealed record TopicSuggestion(Topic Topic, int ArticleCount);
