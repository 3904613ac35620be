using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>What a reload says it changed, and the page versions that follow from it.</summary>
public sealed class ContentChangeTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly ContentLoader _loader = new(new ArticleCompiler());

    public ContentChangeTests() =>
        _folder.WithTopics("pain", "sitting")
            .Write("a.md", SampleArticle.Create("a", "Alpha", "[pain]"))
            .Write("b.md", SampleArticle.Create("b", "Bravo", "[pain]"))
            .Write("c.md", SampleArticle.Create("c", "Charlie", "[pain]"))
            .Write("d.md", SampleArticle.Create("d", "Delta", "[pain]"))
            .Write("s.md", SampleArticle.Create("s", "Sierra", "[sitting]").WithBody("Nothing in common here at all.\n"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_full_load_changes_every_page()
    {
        var snapshot = _loader.Load(_folder.Path);

        Assert.True(snapshot.Change.Everything);
        Assert.Equal(snapshot.VersionText, snapshot.PageVersions.OfArticle("a"));
        Assert.Equal(snapshot.VersionText, snapshot.PageVersions.Listings);
    }

    [Fact]
    public void Editing_an_article_names_its_page_its_neighbours_its_topics_and_the_listings()
    {
        var first = _loader.Load(_folder.Path);
        _folder.Write("b.md", SampleArticle.Create("b", "Bravo", "[pain]").With("summary", "A new summary."));

        var second = _loader.Refresh(_folder.Path, first, ["b.md"]);

        Assert.False(second.Change.Everything);
        Assert.True(second.Change.Listings);
        Assert.Equal(["pain"], second.Change.TopicKeys);
        Assert.Contains("b", second.Change.ArticleSlugs);
        Assert.Contains("a", second.Change.ArticleSlugs);
        Assert.Contains("c", second.Change.ArticleSlugs);
        Assert.Equal(second.VersionText, second.PageVersions.OfArticle("b"));
        Assert.Equal(second.VersionText, second.PageVersions.OfTopic("pain"));
        Assert.Equal(second.VersionText, second.PageVersions.Listings);
        Assert.Equal(first.VersionText, second.PageVersions.OfTopic("sitting"));
    }

    [Fact]
    public void A_broken_edit_that_keeps_the_last_good_article_changes_no_page()
    {
        var first = _loader.Load(_folder.Path);
        _folder.Write("b.md", SampleArticle.Create("b").With("published", "not-a-date"));

        var second = _loader.Refresh(_folder.Path, first, ["b.md"]);

        Assert.True(second.Change.IsEmpty);
        Assert.Same(first.PageVersions, second.PageVersions);
        ProblemAssert.Contains(second.Problems, "b.md", 6, "must be an ISO date");
    }

    [Fact]
    public void Reading_an_unchanged_file_again_changes_nothing_and_compiles_nothing()
    {
        var compiler = new CountingCompiler();
        var loader = new ContentLoader(compiler);
        var first = loader.Load(_folder.Path);
        _folder.Write("b.md", File.ReadAllText(_folder.File("b.md")));

        var second = loader.Refresh(_folder.Path, first, ["b.md"]);

        Assert.True(second.Change.IsEmpty);
        Assert.Equal(1, compiler.CountFor("b.md"));
        Assert.Same(first.FindArticle("b"), second.FindArticle("b"));
    }

    [Fact]
    public void Editing_the_topic_list_changes_every_page()
    {
        var first = _loader.Load(_folder.Path);
        _folder.Write("topics.yml", File.ReadAllText(_folder.File("topics.yml")).Replace("Topic pain", "Pain", StringComparison.Ordinal));

        var second = _loader.Refresh(_folder.Path, first, ["topics.yml"]);

        Assert.True(second.Change.Everything);
        Assert.Equal(second.VersionText, second.PageVersions.OfArticle("s"));
    }
}
