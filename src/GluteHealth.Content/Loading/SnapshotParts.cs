using System.Collections.Immutable;
using GluteHealth.Content.Images;

namespace GluteHealth.Content.Loading;

/// <summary>
/// The state a snapshot is made of, in persistent collections so that a reload copies only what it changes.
/// <see cref="NameIndex"/> maps every slug and alias a file's current or last good article claims to the files
/// claiming it: the files whose cross-file checks can depend on one another.
/// </summary>
internal sealed record SnapshotParts(
    string Folder,
    TopicList TopicList,
    FileStamp? TopicListStamp,
    IReadOnlyList<ContentProblem> TopicProblems,
    ImmutableDictionary<string, Topic> TopicsByKey,
    ImmutableDictionary<string, LoadedFile> Files,
    ImmutableDictionary<string, ImmutableHashSet<string>> NameIndex,
    ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>> FileProblems,
    ImmutableSortedSet<Article> Articles,
    ImmutableDictionary<string, Article> BySlug,
    ImmutableDictionary<string, string> Aliases,
    ImmutableDictionary<string, ImmutableSortedSet<Article>> ByTopic,
    IReadOnlyList<ContentProblem> UnusedTopicProblems,
    DerivedIndexes Derived,
    DateOnly LastReviewed,
    DateTimeOffset ContentModifiedAt,
    ContentImages Images,
    IReadOnlyList<ContentProblem> ImageProblems)
{
    public static SnapshotParts Empty { get; } = new(
        "",
        TopicList.Empty,
        null,
        [],
        ImmutableDictionary<string, Topic>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, LoadedFile>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<Article>.Empty.WithComparer(ArticleOrder.Instance),
        ImmutableDictionary<string, Article>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, ImmutableSortedSet<Article>>.Empty.WithComparers(StringComparer.Ordinal),
        [],
        DerivedIndexes.Empty,
        DateOnly.MinValue,
        DateTimeOffset.UnixEpoch,
        ContentImages.Empty,
        []);

    public static (Article? Previous, Article? Next) Neighbours(ImmutableSortedSet<Article> list, Article article)
    {
        var index = list.IndexOf(article);
        if (index < 0 || !ReferenceEquals(list[index], article))
        {
            return (null, null);
        }
        return (index > 0 ? list[index - 1] : null, index < list.Count - 1 ? list[index + 1] : null);
    }
}
