using GluteHealth.Content;

namespace GluteHealth.Web.Pages.Articles;

/// <summary>The previous and next article within one of the article's topics.</summary>
public sealed record TopicNeighbours(Topic Topic, Article? Previous, Article? Next);
