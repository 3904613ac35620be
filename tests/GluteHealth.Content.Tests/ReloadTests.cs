using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>Reloading through <see cref="ContentLoader"/> with the previous snapshot, counting compiles.</summary>
public sealed class ReloadTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly CountingCompiler _compiler = new();
    private readonly ContentLoader _loader;

    public ReloadTests()
    {
        _loader = new ContentLoader(_compiler);
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a", "A version 1"))
            .Write("b.md", SampleArticle.Create("b", "B version 1"));
    }

    public void Dispose() => _folder.Dispose();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _loader.Load(_folder.Path, previous);

    [Fact]
    public void First_load_compiles_each_file_once()
    {
        Load();

        Assert.Equal((1, 1, 2), (_compiler.CountFor("a.md"), _compiler.CountFor("b.md"), _compiler.Total));
    }

    [Fact]
    public void Reloading_unchanged_files_does_not_compile_again_and_reuses_the_articles()
    {
        var first = Load();

        var second = Load(first);
        var third = Load(second);

        Assert.Equal(2, _compiler.Total);
        Assert.Same(first.FindArticle("a"), third.FindArticle("a"));
        Assert.Equal(first.Version + 2, third.Version);
        Assert.Equal((first.Version + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), third.VersionText);
    }

    [Fact]
    public void Changed_file_is_compiled_exactly_once_and_the_others_not_at_all()
    {
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2"));

        var second = Load(first);
        var third = Load(second);

        Assert.Equal(2, _compiler.CountFor("a.md"));
        Assert.Equal(1, _compiler.CountFor("b.md"));
        Assert.Equal("A version 2", third.FindArticle("a")?.Title);
        Assert.Same(first.FindArticle("b"), third.FindArticle("b"));
    }

    [Fact]
    public void Touching_a_file_without_changing_its_bytes_does_not_compile_it()
    {
        var first = Load();
        File.SetLastWriteTimeUtc(_folder.File("a.md"), DateTime.UtcNow.AddMinutes(5));

        Load(first);

        Assert.Equal(1, _compiler.CountFor("a.md"));
    }

    [Fact]
    public void Broken_edit_keeps_the_last_good_article_and_reports_the_problem()
    {
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2").With("published", "2026-13-01"));

        var second = Load(first);

        Assert.Same(first.FindArticle("a"), second.FindArticle("a"));
        Assert.Equal("A version 1", second.FindArticle("a")?.Title);
        ProblemAssert.Contains(second.Problems, "a.md", 6, "must be an ISO date");
    }

    [Fact]
    public void Broken_file_keeps_being_reported_and_served_from_last_good_on_later_reloads()
    {
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("a").With("summary", new string('x', 200)));
        var second = Load(first);

        var third = Load(second);

        Assert.Equal("A version 1", third.FindArticle("a")?.Title);
        ProblemAssert.Contains(third.Problems, "a.md", 4, "summary is 200 characters");
        Assert.Equal(2, _compiler.CountFor("a.md"));
    }

    [Fact]
    public void Emptied_file_keeps_the_last_good_article()
    {
        var first = Load();
        _folder.Write("a.md", "");

        var second = Load(first);

        Assert.Equal("A version 1", second.FindArticle("a")?.Title);
        ProblemAssert.Contains(second.Problems, "a.md", null, "file is empty");
    }

    [Fact]
    public void Fixing_a_broken_file_serves_the_fixed_version()
    {
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("a", "A version 2").Without("title"));
        var second = Load(first);
        _folder.Write("a.md", SampleArticle.Create("a", "A version 3"));

        var third = Load(second);

        Assert.Equal("A version 3", third.FindArticle("a")?.Title);
        Assert.Empty(third.Problems);
    }

    [Fact]
    public void Broken_new_file_is_not_served()
    {
        var first = Load();
        _folder.Write("c.md", SampleArticle.Create("c").With("slug", "Not_Valid"));

        var second = Load(first);

        Assert.Equal(["a", "b"], second.Articles.Select(a => a.Slug));
        ProblemAssert.Contains(second.Problems, "c.md", 3, "slug 'Not_Valid'");
    }

    [Fact]
    public void Deleting_a_file_removes_its_article()
    {
        var first = Load();
        _folder.Delete("a.md");

        var second = Load(first);

        Assert.Null(second.FindArticle("a"));
        Assert.Equal(["b"], second.Articles.Select(a => a.Slug));
        Assert.DoesNotContain(second.Search.Search("version"), h => h.Article.Slug == "a");
    }

    [Fact]
    public void Renaming_the_slug_serves_the_article_at_the_new_slug_only()
    {
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("a-renamed", "A version 2"));

        var second = Load(first);

        Assert.Null(second.FindArticle("a"));
        Assert.Equal("A version 2", second.FindArticle("a-renamed")?.Title);
    }
}
