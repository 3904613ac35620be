using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// File names run against title order (z.md holds "Alpha"), so ordering by title is not an accident of file order.
/// Topics: Alpha [pain, sitting], Bravo [pain], Charlie [pain, sitting], Delta [stretching], Echo [sitting].
/// </summary>
public sealed class SnapshotQueryTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly ContentSnapshot _snapshot;

    public SnapshotQueryTests()
    {
        _folder.WithTopics("pain", "sitting", "stretching")
            .Write("z.md", SampleArticle.Create("alpha", "Alpha", "[pain, sitting]").With("aliases", "[old-alpha, older-alpha]").With("reviewed", "2026-05-01"))
            .Write("y.md", SampleArticle.Create("bravo", "Bravo", "[pain]"))
            .Write("x.md", SampleArticle.Create("charlie", "charlie", "[pain, sitting]"))
            .Write("w.md", SampleArticle.Create("delta", "Delta", "[stretching]"))
            .Write("v.md", SampleArticle.Create("echo", "Echo", "[sitting]"));
        _snapshot = new ContentLoader(new ArticleCompiler()).Load(_folder.Path);
        Assert.Empty(_snapshot.Problems);
    }

    public void Dispose() => _folder.Dispose();

    private Article Get(string slug) => Assert.IsType<Article>(_snapshot.FindArticle(slug));

    private static string[] Slugs(IEnumerable<Article?> articles) => articles.Select(a => a?.Slug ?? "-").ToArray();

    [Fact]
    public void Articles_are_ordered_by_title_ignoring_case()
    {
        Assert.Equal(["alpha", "bravo", "charlie", "delta", "echo"], Slugs(_snapshot.Articles));
    }

    [Fact]
    public void Articles_in_a_topic_are_those_that_list_it_in_title_order()
    {
        Assert.Equal(["alpha", "bravo", "charlie"], Slugs(_snapshot.ArticlesIn("pain")));
        Assert.Equal(["alpha", "charlie", "echo"], Slugs(_snapshot.ArticlesIn("sitting")));
        Assert.Equal(["delta"], Slugs(_snapshot.ArticlesIn("stretching")));
    }

    [Fact]
    public void Articles_in_an_unknown_topic_is_empty()
    {
        Assert.Empty(_snapshot.ArticlesIn("nosuch"));
    }

    [Fact]
    public void Topics_of_an_article_are_its_topics_in_front_matter_order()
    {
        var topics = _snapshot.TopicsOf(Get("alpha"));

        Assert.Equal([("pain", "Topic pain"), ("sitting", "Topic sitting")], topics.Select(t => (t.Key, t.Name)));
    }

    [Fact]
    public void Find_topic_returns_name_and_description()
    {
        Assert.Equal(new Topic("sitting", "Topic sitting", "Everything about sitting."), _snapshot.FindTopic("sitting"));
        Assert.Null(_snapshot.FindTopic("nosuch"));
    }

    [Fact]
    public void Find_alias_gives_the_current_slug()
    {
        Assert.Equal("alpha", _snapshot.FindAlias("old-alpha"));
        Assert.Equal("alpha", _snapshot.FindAlias("older-alpha"));
        Assert.Null(_snapshot.FindAlias("alpha"));
        Assert.Null(_snapshot.FindAlias("nosuch"));
    }

    [Fact]
    public void Find_article_is_by_slug_only()
    {
        Assert.Equal("Bravo", Get("bravo").Title);
        Assert.Null(_snapshot.FindArticle("old-alpha"));
        Assert.Null(_snapshot.FindArticle("Bravo"));
    }

    [Fact]
    public void Related_articles_put_shared_topics_first_and_stop_at_three()
    {
        var related = _snapshot.RelatedTo(Get("alpha"));

        Assert.Equal(3, related.Count);
        Assert.Equal("charlie", related[0].Slug);
        Assert.Equal(["bravo", "echo"], Slugs(related.Skip(1)).Order());
    }

    [Fact]
    public void Related_articles_never_include_the_article_itself()
    {
        foreach (var article in _snapshot.Articles)
        {
            var related = _snapshot.RelatedTo(article);

            Assert.DoesNotContain(related, r => r.Slug == article.Slug);
            Assert.Equal(3, related.Count);
            Assert.Equal(3, related.Select(r => r.Slug).Distinct().Count());
        }
    }

    [Fact]
    public void Article_sharing_no_topic_still_gets_related_articles()
    {
        Assert.Equal(3, _snapshot.RelatedTo(Get("delta")).Count);
    }

    [Fact]
    public void Neighbours_in_a_topic_are_previous_and_next_by_title()
    {
        var (previous, next) = _snapshot.NeighboursIn("pain", Get("bravo"));

        Assert.Equal(("alpha", "charlie"), (previous?.Slug, next?.Slug));
    }

    [Fact]
    public void First_and_last_in_a_topic_have_no_previous_or_next()
    {
        Assert.Equal(["-", "charlie"], Slugs(Pair(_snapshot.NeighboursIn("sitting", Get("alpha")))));
        Assert.Equal(["charlie", "-"], Slugs(Pair(_snapshot.NeighboursIn("sitting", Get("echo")))));
        Assert.Equal(["-", "-"], Slugs(Pair(_snapshot.NeighboursIn("stretching", Get("delta")))));
    }

    [Fact]
    public void Neighbours_of_an_article_outside_the_topic_are_none()
    {
        Assert.Equal(["-", "-"], Slugs(Pair(_snapshot.NeighboursIn("stretching", Get("alpha")))));
    }

    [Fact]
    public void Last_modified_is_the_latest_review_date()
    {
        Assert.Equal(new DateOnly(2026, 5, 1), _snapshot.LastModified);
    }

    [Fact]
    public void Snapshot_search_covers_its_articles()
    {
        Assert.Equal("charlie", Assert.Single(_snapshot.Search.Search("charlie")).Article.Slug);
    }

    [Fact]
    public void Empty_snapshot_answers_every_query_with_nothing()
    {
        var empty = ContentSnapshot.Empty;

        Assert.Empty(empty.Articles);
        Assert.Empty(empty.ArticlesIn("pain"));
        Assert.Null(empty.FindArticle("alpha"));
        Assert.Empty(empty.RelatedTo(Get("alpha")));
        Assert.Empty(empty.Search.Search("alpha"));
    }

    [Fact]
    public void Only_article_has_no_related_articles()
    {
        using var folder = new TempContentFolder().WithTopics("pain").Write("a.md", SampleArticle.Create("only"));

        var snapshot = new ContentLoader(new ArticleCompiler()).Load(folder.Path);

        Assert.Empty(snapshot.RelatedTo(Assert.IsType<Article>(snapshot.FindArticle("only"))));
    }

    private static Article?[] Pair((Article? Previous, Article? Next) pair) => [pair.Previous, pair.Next];
}
