using GluteHealth.Content.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GluteHealth.Content.Tests;

/// <summary>
/// The store watches its folder. Tests wait (up to <see cref="Eventually.Timeout"/>) for the watcher's reload;
/// they never assert how long it took.
/// </summary>
public sealed class ContentStoreTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly RecordingLogger<ContentStore> _logger = new();
    private readonly CountingCompiler _compiler = new();

    public ContentStoreTests() =>
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a", "A version 1"))
            .Write("b.md", SampleArticle.Create("b", "B version 1"));

    public void Dispose() => _folder.Dispose();

    private ContentStore CreateStore() =>
        new(_folder.Path, new ContentLoader(_compiler), new ContentOptions { ReloadDelayMilliseconds = 20 }, _logger);

    [Fact]
    public void Store_loads_the_folder_when_created()
    {
        using var store = CreateStore();

        Assert.Equal(["a", "b"], store.Current.Articles.Select(a => a.Slug));
        Assert.Equal(1, store.Current.Version);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("2 articles", StringComparison.Ordinal));
    }

    [Fact]
    public void Store_picks_up_an_edit_on_disk_without_calling_reload()
    {
        using var store = CreateStore();

        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        var article = Eventually.Get(() => store.Current.FindArticle("a") is { Title: "A version 2" } a ? a : null, "the edit to be loaded");
        Assert.Same(article, store.Current.FindArticle("a"));
        Assert.Equal("B version 1", store.Current.FindArticle("b")?.Title);
        Assert.Equal(1, _compiler.CountFor("b.md"));
    }

    [Fact]
    public void Store_picks_up_an_edited_picture_in_the_images_folder_and_renders_the_article_that_shows_it()
    {
        _folder.Write("a.md", SampleArticle.Create("a", "A version 1").WithBody(Drawings.Body()))
            .Write("images/side.svg", Drawings.Valid());
        using var store = CreateStore();
        Assert.DoesNotContain("<circle", store.Current.FindArticle("a")!.Html, StringComparison.Ordinal);

        _folder.Write("images/side.svg", Drawings.Valid("<circle cx=\"20\" cy=\"20\" r=\"5\"/>"));

        var snapshot = Eventually.Get(() => store.Current.FindArticle("a")!.Html.Contains("<circle", StringComparison.Ordinal) ? store.Current : null,
            "the edited picture to be rendered");
        Assert.Contains("a", snapshot.Change.ArticleSlugs);
        Assert.Equal(1, _compiler.CountFor("b.md"));
    }

    [Fact]
    public void Store_raises_changed_with_the_new_snapshot()
    {
        using var seen = new BlockingSnapshotQueue();
        using var store = CreateStore();
        store.Changed += seen.Add;

        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        var snapshot = seen.WaitFor(s => s.FindArticle("a")?.Title == "A version 2");
        Assert.True(snapshot.Version > 1);
        Assert.True(store.Current.Version >= snapshot.Version);
    }

    [Fact]
    public void Store_logs_a_broken_edit_at_error_level_and_keeps_serving_the_last_good_article()
    {
        using var store = CreateStore();

        _folder.Write("a.md", SampleArticle.Create("a", "A version 2").With("reviewed", "22/11/2026"));

        var snapshot = Eventually.Get(() => store.Current is var s && s.Problems.Any(p => p.Message.Contains("ISO date", StringComparison.Ordinal)) ? s : null, "the problem to be reported");
        ProblemAssert.Contains(snapshot.Problems, "a.md", 7, "must be an ISO date");
        Assert.Equal("A version 1", snapshot.FindArticle("a")?.Title);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error
            && e.Message.Contains("a.md:7: 'reviewed' must be an ISO date", StringComparison.Ordinal));
    }

    [Fact]
    public void Store_removes_a_deleted_article()
    {
        using var store = CreateStore();

        _folder.Delete("b.md");

        Eventually.Get(() => store.Current.FindArticle("b") is null ? store.Current : null, "the article to disappear");
        Assert.Equal(["a"], store.Current.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Explicit_reload_returns_the_new_current_snapshot()
    {
        using var store = CreateStore();
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        var reloaded = store.Reload();

        Assert.Equal("A version 2", reloaded.FindArticle("a")?.Title);
        Assert.True(store.Current.Version >= reloaded.Version);
    }

    [Fact]
    public void Known_problems_are_logged_once_not_on_every_reload()
    {
        _folder.Write("c.md", SampleArticle.Create("c").With("slug", "Bad"));
        using var store = CreateStore();

        store.Reload();
        store.Reload();

        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("c.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_change_listener_is_logged_and_does_not_stop_the_reload()
    {
        using var store = CreateStore();
        store.Changed += _ => throw new InvalidOperationException("listener broke");
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        var reloaded = store.Reload();

        Assert.Equal("A version 2", reloaded.FindArticle("a")?.Title);
        Assert.Equal("A version 2", store.Current.FindArticle("a")?.Title);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("listener failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_after_dispose_changes_nothing()
    {
        var store = CreateStore();
        var before = store.Current;
        store.Dispose();
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        Assert.Same(before, store.Reload());
    }

    [Fact]
    public void Store_on_a_missing_folder_serves_nothing_and_reports_it()
    {
        using var store = new ContentStore(_folder.File("nope"), new ContentLoader(_compiler), new ContentOptions(), _logger);

        Assert.Empty(store.Current.Articles);
        Assert.Contains(store.Current.Problems, p => p.File == "topics.yml");
    }
}
