using GluteHealth.Content;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>The topic index, with the heading level its topic names take where it is placed (2 under an H1, 3 under an H2).</summary>
public sealed record TopicIndexView(ContentSnapshot Snapshot, int HeadingLevel = 3);
