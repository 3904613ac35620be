using GluteHealth.Content;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>
/// The topic index (each topic with its description and article count, never its articles, so it grows with the
/// topics and not the articles), with the heading level its topic names take (2 under an H1, 3 under an H2).
/// With <paramref name="Limit"/>, only the first topics in the list's order, then a link to all of them.
/// </summary>
public sealed record TopicIndexView(ContentSnapshot Snapshot, int HeadingLevel = 3, int? Limit = null)
{
    public IReadOnlyList<Topic> Shown => Limit is { } limit && limit < Snapshot.Topics.Count ? [.. Snapshot.Topics.Take(limit)] : Snapshot.Topics;

    public bool Shortened => Shown.Count < Snapshot.Topics.Count;

    public string CountOf(Topic topic) => Counts.Articles(Snapshot.ArticlesIn(topic.Key).Count);
}
