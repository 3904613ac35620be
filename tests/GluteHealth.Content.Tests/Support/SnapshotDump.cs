using System.Globalization;
using System.Text;

namespace GluteHealth.Content.Tests.Support;

/// <summary>
/// Everything a reader can observe of a snapshot, written as text so two snapshots compare line by line:
/// per page (article, topic, listings) what that page shows, plus problems, alias resolution and search results.
/// </summary>
internal static class SnapshotDump
{
    public static string Whole(ContentSnapshot snapshot, IEnumerable<string> probeNames, IEnumerable<string> queries)
    {
        var text = new StringBuilder();
        text.AppendLine(Listings(snapshot));
        foreach (var topic in snapshot.Topics)
        {
            text.AppendLine(TopicPage(snapshot, topic.Key));
        }
        foreach (var article in snapshot.Articles)
        {
            text.AppendLine(ArticlePage(snapshot, article.Slug));
        }
        foreach (var name in probeNames)
        {
            text.Append("name ").Append(name).Append(" -> article ").Append(snapshot.FindArticle(name)?.SourceFile ?? "-")
                .Append(", alias of ").AppendLine(snapshot.FindAlias(name) ?? "-");
        }
        foreach (var problem in snapshot.Problems)
        {
            text.Append("problem ").AppendLine(problem.ToString());
        }
        foreach (var query in queries)
        {
            text.Append("search ").Append(query).Append(':');
            foreach (var hit in snapshot.Search.Search(query))
            {
                text.Append(' ').Append(hit.Article.Slug).Append('=').Append(hit.Score.ToString("R", CultureInfo.InvariantCulture))
                    .Append(' ').Append(string.Concat(hit.Snippet.Runs().Select(r => r.Matched ? $"[{r.Text}]" : r.Text)));
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>What the listing pages (home, topic index, feed, sitemap) show.</summary>
    public static string Listings(ContentSnapshot snapshot) =>
        "listings " + string.Join(" | ", snapshot.Articles.Select(Card)) + " | last modified " + snapshot.LastModified.ToString("O", CultureInfo.InvariantCulture)
        + " | " + string.Join(", ", snapshot.Topics.Select(t => $"{t.Key}: {t.Name}: {t.Description}: {snapshot.ArticlesIn(t.Key).Count}"));

    /// <summary>What a topic's page shows; "none" when it has no page.</summary>
    public static string TopicPage(ContentSnapshot snapshot, string key) =>
        snapshot.FindTopic(key) is not { } topic
            ? $"topic {key}: none"
            : $"topic {key}: {topic.Name}: {topic.Description}: " + string.Join(" | ", snapshot.ArticlesIn(key).Select(Card));

    /// <summary>What the page at <c>/articles/{name}</c> shows: the article, a redirect, or nothing.</summary>
    public static string ArticlePage(ContentSnapshot snapshot, string name)
    {
        if (snapshot.FindArticle(name) is not { } article)
        {
            return $"article {name}: " + (snapshot.FindAlias(name) is { } target ? "redirect to " + target : "none");
        }
        var neighbours = snapshot.TopicsOf(article).Select(t =>
        {
            var (previous, next) = snapshot.NeighboursIn(t.Key, article);
            return $"{t.Key} {t.Name} prev {previous?.Slug}:{previous?.Title} next {next?.Slug}:{next?.Title}";
        });
        return $"article {name}: {Card(article)} {article.SourceFile} {article.Published:O} {article.Reviewed:O} "
            + $"aliases [{string.Join(",", article.Aliases)}] html {article.Html} "
            + $"related [{string.Join(" | ", snapshot.RelatedTo(article).Select(Card))}] neighbours [{string.Join(" | ", neighbours)}]";
    }

    private static string Card(Article article) =>
        $"{article.Slug} '{article.Title}' '{article.Summary}' {article.Reviewed:O} [{string.Join(",", article.TopicKeys)}]";
}
