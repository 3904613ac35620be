using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>Line numbers follow the layout documented on <see cref="SampleArticle"/>: '---' on line 1, title on line 2.</summary>
public sealed class FrontMatterValidationTests
{
    [Fact]
    public void Valid_front_matter_is_parsed_into_the_article()
    {
        var article = Compile.Valid(SampleArticle.Create("hip-pain", "Hip pain", "[pain, sitting]").With("aliases", "[old-hip-pain]"));

        Assert.Equal("hip-pain", article.Slug);
        Assert.Equal("Hip pain", article.Title);
        Assert.Equal("A short summary of the article.", article.Summary);
        Assert.Equal(["pain", "sitting"], article.TopicKeys);
        Assert.Equal(new DateOnly(2026, 1, 1), article.Published);
        Assert.Equal(new DateOnly(2026, 1, 2), article.Reviewed);
        Assert.Equal(["old-hip-pain"], article.Aliases);
        Assert.Equal(Compile.File, article.SourceFile);
    }

    [Fact]
    public void Field_lines_are_file_lines_counting_the_opening_dashes_as_line_1()
    {
        var article = Compile.Valid(SampleArticle.Create().With("aliases", "[old-one]"));

        Assert.Equal(
            new Dictionary<string, int> { ["title"] = 2, ["slug"] = 3, ["summary"] = 4, ["topics"] = 5, ["published"] = 6, ["reviewed"] = 7, ["aliases"] = 8 },
            article.FieldLines);
    }

    [Fact]
    public void A_single_topic_may_be_written_without_brackets()
    {
        Assert.Equal(["pain"], Compile.Valid(SampleArticle.Create(topics: "pain")).TopicKeys);
    }

    [Fact]
    public void Missing_front_matter_is_reported_on_line_1()
    {
        ProblemAssert.Single(Compile.Text("## Just a body\n\nNo front matter here.\n"), Compile.File, 1, "no front matter");
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_as_missing_on_line_1()
    {
        ProblemAssert.Single(Compile.Text("---\ntitle: Never closed\n\nBody.\n"), Compile.File, 1, "no front matter");
    }

    [Fact]
    public void Invalid_yaml_indentation_is_reported_at_the_line_of_the_error()
    {
        var text = "---\ntitle: T\nslug: s\n  stray: indent\nsummary: x\n---\n\nBody.\n" + SampleArticle.DefaultCareSection;

        ProblemAssert.Single(Compile.Text(text), Compile.File, 4, "invalid YAML");
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_line_it_starts()
    {
        var text = "---\ntitle: T\nslug: s\nsummary: \"never closed\ntopics: [pain]\n---\n\nBody.\n" + SampleArticle.DefaultCareSection;

        ProblemAssert.Single(Compile.Text(text), Compile.File, 4, "invalid YAML");
    }

    [Fact]
    public void Unclosed_bracket_followed_by_more_fields_is_reported_at_its_line_instead_of_throwing()
    {
        var compilation = Compile.Sample(SampleArticle.Create(topics: "[pain, sitting"));

        ProblemAssert.Single(compilation, Compile.File, 5, "invalid YAML");
    }

    [Fact]
    public void Duplicate_field_is_reported_at_the_second_occurrence()
    {
        var text = SampleArticle.Create().Text().Replace("reviewed: 2026-01-02\n", "reviewed: 2026-01-02\ntitle: Again\n", StringComparison.Ordinal);

        ProblemAssert.Single(Compile.Text(text), Compile.File, 8, "Duplicate key");
    }

    [Fact]
    public void Front_matter_that_is_not_fields_is_reported_on_its_first_line()
    {
        ProblemAssert.Single(Compile.Text("---\n- just\n- a list\n---\n\nBody.\n" + SampleArticle.DefaultCareSection), Compile.File, 2, "must be YAML fields");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("slug")]
    [InlineData("summary")]
    [InlineData("topics")]
    [InlineData("published")]
    [InlineData("reviewed")]
    public void Missing_required_field_is_reported_on_the_first_front_matter_line(string field)
    {
        var compilation = Compile.Sample(SampleArticle.Create().Without(field));

        ProblemAssert.Single(compilation, Compile.File, 2, $"missing required field '{field}'");
    }

    [Fact]
    public void Every_missing_field_is_reported_not_just_the_first()
    {
        var compilation = Compile.Text("---\ntitle: Only a title\n---\n\nBody.\n" + SampleArticle.DefaultCareSection);

        Assert.Null(compilation.Article);
        Assert.Equal(
            ["slug", "summary", "topics", "published", "reviewed"],
            compilation.Problems.Select(p => p.Message.Split('\'')[1]));
        Assert.All(compilation.Problems, p => Assert.Equal((Compile.File, 2), (p.File, p.Line)));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    public void Empty_text_field_is_reported_at_its_line(string field)
    {
        var line = field == "title" ? 2 : 4;

        ProblemAssert.Single(Compile.Sample(SampleArticle.Create().With(field, "\"  \"")), Compile.File, line, $"'{field}' must be a non-empty line of text");
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_line()
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create().With("author", "Someone")), Compile.File, 8, "unknown field 'author'");
    }

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("spa ce")]
    public void Bad_slug_format_is_reported_at_the_slug_line(string slug)
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create().With("slug", slug)), Compile.File, 3, $"slug '{slug}' must be lowercase");
    }

    [Fact]
    public void Slug_of_lowercase_words_digits_and_single_hyphens_is_accepted()
    {
        Assert.Equal("glute-med-2", Compile.Valid(SampleArticle.Create("glute-med-2")).Slug);
    }

    [Fact]
    public void Bad_alias_format_is_reported_at_the_aliases_line()
    {
        var compilation = Compile.Sample(SampleArticle.Create().With("aliases", "[fine-alias, Old_One]"));

        ProblemAssert.Single(compilation, Compile.File, 8, "alias 'Old_One' must be lowercase");
    }

    [Fact]
    public void Alias_equal_to_the_articles_own_slug_is_reported_at_the_aliases_line()
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create("same").With("aliases", "[same]")), Compile.File, 8, "is the article's own slug");
    }

    [Fact]
    public void Summary_longer_than_160_characters_is_reported_at_the_summary_line()
    {
        var compilation = Compile.Sample(SampleArticle.Create().With("summary", new string('a', 161)));

        ProblemAssert.Single(compilation, Compile.File, 4, "summary is 161 characters; the limit is 160");
    }

    [Fact]
    public void Summary_of_exactly_160_characters_is_accepted()
    {
        Assert.Equal(160, Compile.Valid(SampleArticle.Create().With("summary", new string('a', 160))).Summary.Length);
    }

    [Theory]
    [InlineData("published", "2026-13-01", 6)]
    [InlineData("published", "22/11/2026", 6)]
    [InlineData("published", "2026-02-30", 6)]
    [InlineData("reviewed", "2026-1-5", 7)]
    [InlineData("reviewed", "22/11/2026", 7)]
    [InlineData("reviewed", "November 22, 2026", 7)]
    public void Non_iso_date_is_reported_at_its_line(string field, string value, int line)
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create().With(field, value)), Compile.File, line, $"'{field}' must be an ISO date (YYYY-MM-DD), not '{value}'");
    }

    [Fact]
    public void Reviewed_before_published_is_reported_at_the_reviewed_line()
    {
        var compilation = Compile.Sample(SampleArticle.Create().With("published", "2026-03-10").With("reviewed", "2026-03-09"));

        ProblemAssert.Single(compilation, Compile.File, 7, "reviewed date 2026-03-09 is before the published date 2026-03-10");
    }

    [Fact]
    public void Reviewed_on_the_day_of_publishing_is_accepted()
    {
        var article = Compile.Valid(SampleArticle.Create().With("published", "2026-03-10").With("reviewed", "2026-03-10"));

        Assert.Equal(article.Published, article.Reviewed);
    }

    [Fact]
    public void Empty_topics_list_is_reported_at_the_topics_line()
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create(topics: "[]")), Compile.File, 5, "topics must list at least one topic key");
    }

    [Fact]
    public void Topics_that_are_not_a_list_of_keys_are_reported_at_the_topics_line()
    {
        ProblemAssert.Single(Compile.Sample(SampleArticle.Create(topics: "{pain: yes}")), Compile.File, 5, "'topics' must be a list of keys");
    }

    [Fact]
    public void Several_problems_in_one_file_are_all_reported_with_their_own_lines()
    {
        var compilation = Compile.Sample(SampleArticle.Create().With("slug", "Bad").With("summary", new string('s', 200)).With("published", "soon"));

        Assert.Null(compilation.Article);
        Assert.Equal([3, 4, 6], compilation.Problems.Select(p => p.Line).Order());
    }
}
