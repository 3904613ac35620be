using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>Rules that need more than one file, checked by <see cref="ContentLoader"/> on a temporary folder.</summary>
public sealed class CrossFileValidationTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly ContentLoader _loader = new(new ArticleCompiler());

    public void Dispose() => _folder.Dispose();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _loader.Load(_folder.Path, previous);

    [Fact]
    public void Valid_folder_loads_with_no_problems()
    {
        _folder.WithTopics("pain", "sitting")
            .Write("a.md", SampleArticle.Create("a", topics: "[pain]"))
            .Write("b.md", SampleArticle.Create("b", topics: "[sitting]"));

        var snapshot = Load();

        Assert.Empty(snapshot.Problems);
        Assert.Equal(["a", "b"], snapshot.Articles.Select(a => a.Slug).Order());
        Assert.Equal(["pain", "sitting"], snapshot.Topics.Select(t => t.Key));
    }

    [Fact]
    public void Unknown_topic_is_reported_at_the_topics_line_and_the_article_is_not_served()
    {
        _folder.WithTopics("pain").Write("a.md", SampleArticle.Create("a", topics: "[pain, nosuch]"));

        var snapshot = Load();

        ProblemAssert.Contains(snapshot.Problems, "a.md", 5, "unknown topic 'nosuch'");
        Assert.Null(snapshot.FindArticle("a"));
    }

    [Fact]
    public void Duplicate_slug_is_reported_on_the_second_file_naming_the_first()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("same", "First"))
            .Write("b.md", SampleArticle.Create("same", "Second"));

        var snapshot = Load();

        var problem = ProblemAssert.Contains(snapshot.Problems, "b.md", 3, "slug 'same' is already used");
        Assert.EndsWith("a.md", problem.Message, StringComparison.Ordinal);
        Assert.Equal("First", snapshot.FindArticle("same")?.Title);
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public void Duplicate_alias_is_reported_at_the_aliases_line_naming_the_other_file()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a").With("aliases", "[old]"))
            .Write("b.md", SampleArticle.Create("b").With("aliases", "[old]"));

        var snapshot = Load();

        var problem = ProblemAssert.Contains(snapshot.Problems, "b.md", 8, "alias 'old' is already used");
        Assert.EndsWith("a.md", problem.Message, StringComparison.Ordinal);
        Assert.Equal("a", snapshot.FindAlias("old"));
    }

    [Fact]
    public void Alias_colliding_with_another_articles_slug_is_reported_at_the_aliases_line()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("first"))
            .Write("b.md", SampleArticle.Create("second").With("aliases", "[first]"));

        var snapshot = Load();

        var problem = ProblemAssert.Contains(snapshot.Problems, "b.md", 8, "alias 'first' is already used");
        Assert.EndsWith("a.md", problem.Message, StringComparison.Ordinal);
        Assert.Equal("first", snapshot.FindArticle("first")?.Slug);
        Assert.Null(snapshot.FindAlias("first"));
    }

    [Fact]
    public void Alias_in_an_earlier_file_never_takes_over_a_later_files_slug()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("newer").With("aliases", "[zz-live]"))
            .Write("b.md", SampleArticle.Create("zz-live"));

        var snapshot = Load();

        var problem = ProblemAssert.Contains(snapshot.Problems, "a.md", 8, "alias 'zz-live' is already used");
        Assert.EndsWith("b.md", problem.Message, StringComparison.Ordinal);
        Assert.Equal("b.md", snapshot.FindArticle("zz-live")?.SourceFile);
        Assert.Null(snapshot.FindAlias("zz-live"));
    }

    [Fact]
    public void Old_slug_may_become_an_alias_when_an_article_is_renamed()
    {
        _folder.WithTopics("pain").Write("a.md", SampleArticle.Create("old-name"));
        var first = Load();
        _folder.Write("a.md", SampleArticle.Create("new-name").With("aliases", "[old-name]"));

        var second = Load(first);

        Assert.Empty(second.Problems);
        Assert.Equal("new-name", second.FindAlias("old-name"));
    }

    [Fact]
    public void Topic_used_by_no_article_is_reported_on_the_topic_list_at_that_topics_line()
    {
        _folder.WithTopics("pain", "sitting", "stretching")
            .Write("a.md", SampleArticle.Create("a", topics: "[pain, stretching]"));

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(("topics.yml", 4), (problem.File, problem.Line));
        Assert.Contains("topic 'sitting' is not used by any article", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_used_only_by_a_rejected_article_counts_as_unused()
    {
        _folder.WithTopics("pain", "sitting")
            .Write("a.md", SampleArticle.Create("a", topics: "[pain]"))
            .Write("b.md", SampleArticle.Create("b", topics: "[sitting]").With("published", "not-a-date"));

        var snapshot = Load();

        ProblemAssert.Contains(snapshot.Problems, "topics.yml", 4, "topic 'sitting' is not used");
    }

    [Fact]
    public void Missing_topic_list_is_reported()
    {
        _folder.Write("a.md", SampleArticle.Create("a"));

        var snapshot = Load();

        ProblemAssert.Contains(snapshot.Problems, "topics.yml", null, "the topic list is missing");
        Assert.Empty(snapshot.Topics);
    }

    [Fact]
    public void Topic_listed_twice_is_reported_at_the_second_entry()
    {
        _folder.WithTopics("pain", "pain").Write("a.md", SampleArticle.Create("a"));

        var snapshot = Load();

        ProblemAssert.Contains(snapshot.Problems, "topics.yml", 4, "topic key 'pain' is listed twice (first on line 1)");
    }

    [Fact]
    public void Broken_topic_list_keeps_the_previous_topics_and_reports_the_problem()
    {
        _folder.WithTopics("pain", "sitting")
            .Write("a.md", SampleArticle.Create("a", topics: "[pain]"))
            .Write("b.md", SampleArticle.Create("b", topics: "[sitting]"));
        var first = Load();
        _folder.Write("topics.yml", "- key: pain\n  name: [unclosed\n");

        var second = Load(first);

        Assert.Equal(first.Topics, second.Topics);
        Assert.Equal("Topic pain", second.FindTopic("pain")?.Name);
        Assert.Contains(second.Problems, p => p.File == "topics.yml" && p.Message.Contains("invalid YAML", StringComparison.Ordinal));
        Assert.Equal(2, second.Articles.Count);
        Assert.DoesNotContain(second.Problems, p => p.Message.Contains("unknown topic", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_front_matter_in_one_file_does_not_stop_the_others_loading()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a", topics: "[pain"))
            .Write("b.md", SampleArticle.Create("b"));

        var snapshot = Load();

        ProblemAssert.Contains(snapshot.Problems, "a.md", 5, "invalid YAML");
        Assert.NotNull(snapshot.FindArticle("b"));
    }

    [Fact]
    public void Only_markdown_files_that_are_not_hidden_are_loaded()
    {
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a"))
            .Write(".draft.md", SampleArticle.Create("draft"))
            .Write("notes.txt", SampleArticle.Create("notes"));

        var snapshot = Load();

        Assert.Equal(["a"], snapshot.Articles.Select(a => a.Slug));
        Assert.Empty(snapshot.Problems);
    }
}
