using System.Collections.Immutable;

namespace GluteHealth.Content.Loading;

/// <summary>Applies replaced, added and removed articles to a snapshot's article sets, and says which pages that touched.</summary>
internal static class ArticleSets
{
    public static SnapshotParts Apply(SnapshotParts parts, IReadOnlyCollection<ArticleDelta> deltas)
    {
        if (deltas.Count == 0)
        {
            return parts;
        }
        var articles = parts.Articles.ToBuilder();
        var bySlug = parts.BySlug.ToBuilder();
        var aliases = parts.Aliases.ToBuilder();
        var byTopic = parts.ByTopic.ToBuilder();

        // Every removal before any addition: an article may take a slug or alias another one gave up in the same reload.
        foreach (var gone in deltas.Select(d => d.Before).OfType<Article>())
        {
            articles.Remove(gone);
            bySlug.Remove(gone.Slug);
            aliases.RemoveRange(gone.Aliases);
            foreach (var topic in gone.TopicKeys)
            {
                byTopic[topic] = byTopic[topic].Remove(gone);
            }
        }
        foreach (var added in deltas.Select(d => d.After).OfType<Article>())
        {
            articles.Add(added);
            bySlug.Add(added.Slug, added);
            aliases.AddRange(added.Aliases.Select(alias => KeyValuePair.Create(alias, added.Slug)));
            foreach (var topic in added.TopicKeys)
            {
                byTopic[topic] = (byTopic.GetValueOrDefault(topic) ?? ImmutableSortedSet<Article>.Empty.WithComparer(ArticleOrder.Instance)).Add(added);
            }
        }

        var lastReviewed = deltas.Any(d => d.Before?.Reviewed >= parts.LastReviewed)
            ? articles.Select(a => a.Reviewed).DefaultIfEmpty(DateOnly.MinValue).Max()
            : deltas.Select(d => d.After?.Reviewed ?? DateOnly.MinValue).Append(parts.LastReviewed).Max();
        return parts with
        {
            Articles = articles.ToImmutable(),
            BySlug = bySlug.ToImmutable(),
            Aliases = aliases.ToImmutable(),
            ByTopic = byTopic.ToImmutable(),
            LastReviewed = lastReviewed,
        };
    }

    /// <summary>
    /// The pages that show a changed article: its own (old and new slug and aliases), its old and new topics' pages,
    /// the article pages of every article sharing a topic with its old or new version (their related candidates,
    /// term rarities and previous/next links can move), those of the related loners, and the listings.
    /// </summary>
    public static ContentChange Change(SnapshotParts before, SnapshotParts after, IReadOnlyCollection<ArticleDelta> deltas)
    {
        if (deltas.Count == 0)
        {
            return ContentChange.None;
        }
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in deltas.SelectMany(d => new[] { d.Before, d.After }).OfType<Article>())
        {
            slugs.Add(article.Slug);
            slugs.UnionWith(article.Aliases);
            topics.UnionWith(article.TopicKeys);
        }
        // A related list depends only on its article and the articles sharing a topic with it (their terms weigh by
        // rarity within those topics), so the members of the changed topics, before and after, are the article pages
        // whose list or previous/next links can move. The exception are the loners, articles with fewer than three
        // topic neighbours: their lists also draw on terms posted library-wide and on title order, so any change may
        // move them.
        foreach (var parts in new[] { before, after })
        {
            foreach (var topic in topics)
            {
                slugs.UnionWith((parts.ByTopic.GetValueOrDefault(topic) ?? []).Select(a => a.Slug));
            }
            slugs.UnionWith(parts.Derived.RelatedLoners);
        }
        return new ContentChange(false, slugs, topics, Listings: true);
    }
}
