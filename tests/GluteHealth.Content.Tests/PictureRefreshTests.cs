using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>An incremental refresh told of a changed picture ends where a full load does, and changes only the pages showing it.</summary>
public sealed class PictureRefreshTests : IDisposable
{
    private static readonly string[] Probes = ["a", "b", "c"];

    private readonly TempContentFolder _folder = new();
    private readonly CountingCompiler _compiler = new();
    private readonly ContentLoader _loader;

    public PictureRefreshTests()
    {
        _loader = new ContentLoader(_compiler);
        _folder.WithTopics("pain", "sitting")
            .Write("a.md", SampleArticle.Create("a", "Alpha", "[pain]").WithBody(Drawings.Body()))
            .Write("b.md", SampleArticle.Create("b", "Bravo", "[pain]"))
            .Write("c.md", SampleArticle.Create("c", "Charlie", "[sitting]"))
            .Write("images/side.svg", Drawings.Valid());
    }

    public void Dispose() => _folder.Dispose();

    private readonly ContentLoader _fullLoader = new(new ArticleCompiler());
    private ContentSnapshot? _full;

    // Full loads chained like the refreshes, so both remember the same last good articles.
    private void SameAsFullLoad(ContentSnapshot refreshed)
    {
        _full = _fullLoader.Load(_folder.Path, _full);
        Assert.Equal(SnapshotDump.Whole(_full, Probes, []), SnapshotDump.Whole(refreshed, Probes, []));
    }

    private ContentSnapshot FirstLoad()
    {
        _full = _fullLoader.Load(_folder.Path);
        return _loader.Load(_folder.Path);
    }

    [Fact]
    public void Editing_a_picture_recompiles_and_changes_only_the_article_that_shows_it()
    {
        var first = FirstLoad();
        var before = first.Images.Find("images/side.svg")!;

        _folder.Write("images/side.svg", Drawings.Valid("<circle cx=\"20\" cy=\"20\" r=\"5\"/>"));
        var second = _loader.Refresh(_folder.Path, first, ["images/side.svg"]);

        Assert.NotEqual(before.Fingerprint, second.Images.Find("images/side.svg")!.Fingerprint);
        Assert.Contains("<circle", second.FindArticle("a")!.Html, StringComparison.Ordinal);
        Assert.Equal((2, 1, 1), (_compiler.CountFor("a.md"), _compiler.CountFor("b.md"), _compiler.CountFor("c.md")));
        Assert.False(second.Change.Everything);
        Assert.Contains("a", second.Change.ArticleSlugs);
        Assert.Equal(["pain"], second.Change.TopicKeys);
        Assert.Equal(second.VersionText, second.PageVersions.OfArticle("a"));
        Assert.Equal(first.VersionText, second.PageVersions.OfTopic("sitting"));
        Assert.True(second.Change.Listings);
        SameAsFullLoad(second);
    }

    [Fact]
    public void Deleting_a_used_picture_then_adding_it_back_refreshes_like_a_full_load()
    {
        var first = FirstLoad();

        _folder.Delete("images/side.svg");
        var second = _loader.Refresh(_folder.Path, first, ["images/side.svg"]);

        Assert.Null(second.Images.Find("images/side.svg"));
        Assert.Contains(second.Problems, p => p.File == "a.md");
        SameAsFullLoad(second);

        _folder.Write("images/side.svg", Drawings.Valid());
        var third = _loader.Refresh(_folder.Path, second, ["images/side.svg"]);

        Assert.NotNull(third.Images.Find("images/side.svg"));
        Assert.Empty(third.Problems);
        SameAsFullLoad(third);
    }

    [Fact]
    public void Adding_an_unused_picture_reports_it_and_deleting_it_takes_the_report_away()
    {
        var first = FirstLoad();

        _folder.Write("images/spare.svg", Drawings.Valid());
        var second = _loader.Refresh(_folder.Path, first, ["images/spare.svg"]);

        ProblemAssert.Contains(second.Problems, "images/spare.svg", null, "not used by any article");
        Assert.Equal(1, _compiler.CountFor("a.md"));
        Assert.Empty(second.Change.ArticleSlugs);

        _folder.Delete("images/spare.svg");
        var third = _loader.Refresh(_folder.Path, second, ["images/spare.svg"]);

        Assert.Empty(third.Problems);
    }

    [Fact]
    public void An_article_that_stops_using_a_picture_leaves_it_reported_as_unused()
    {
        var first = FirstLoad();

        _folder.Write("a.md", SampleArticle.Create("a", "Alpha", "[pain]"));
        var second = _loader.Refresh(_folder.Path, first, ["a.md"]);

        ProblemAssert.Contains(second.Problems, "images/side.svg", null, "not used by any article");
        SameAsFullLoad(second);
    }
}
