using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>With the default sample front matter the body starts on line 10; "Intro.\n\n" puts the next block on line 12.</summary>
public sealed class BodyValidationTests
{
    private const string Intro = "Intro.\n\n";

    private static ArticleCompilation CompileBody(string body) => Compile.Sample(SampleArticle.Create().WithBody(Intro + body));

    [Fact]
    public void H1_in_the_body_is_reported_at_its_line()
    {
        ProblemAssert.Single(CompileBody("# A second title\n\nText.\n"), Compile.File, 12, "must not contain an H1");
    }

    [Fact]
    public void Unknown_container_is_reported_at_its_opening_line()
    {
        ProblemAssert.Single(CompileBody(":::warning\nCareful.\n:::\n"), Compile.File, 12, "unknown container ':::warning'");
    }

    [Theory]
    [InlineData("emergency")]
    [InlineData("urgent")]
    [InlineData("see-a-doctor")]
    [InlineData("tip")]
    [InlineData("exercise")]
    public void Known_containers_are_accepted(string name)
    {
        Assert.NotNull(Compile.Body($"## Section\n\n:::{name}\nSome text.\n:::\n"));
    }

    [Fact]
    public void Markdown_nested_past_what_can_be_read_is_reported_at_its_line_instead_of_failing_the_load()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 5000)) + "a quote inside 5,000 quotes";

        ProblemAssert.Single(CompileBody("Fine.\n\n" + deep + "\n"), Compile.File, 14, "nested too deeply");
    }

    [Fact]
    public void Remote_image_is_reported_at_its_line()
    {
        ProblemAssert.Single(CompileBody("Look:\n\n![A person stretching](https://example.org/pic.png \"Stretch\")\n"), Compile.File, 14, "remote image");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Javascript_link_is_reported_at_its_line(string link)
    {
        var problem = ProblemAssert.Single(CompileBody($"First line of the paragraph,\nthen {link} here.\n"), Compile.File, 13, "must be http, https, mailto or a site path");

        Assert.Contains("alert(1)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Javascript_link_by_reference_is_reported()
    {
        var compilation = CompileBody("See [this][ref].\n\n[ref]: javascript:alert(1)\n");

        Assert.Null(compilation.Article);
        Assert.Contains(compilation.Problems, p => p.Message.Contains("javascript:alert(1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://example.org/file")]
    public void Links_with_other_schemes_are_reported(string url)
    {
        ProblemAssert.Single(CompileBody($"[x]({url})\n"), Compile.File, 12, $"link '{url}' must be");
    }

    [Theory]
    [InlineData("[x](https://example.org/a)")]
    [InlineData("[x](http://example.org/a)")]
    [InlineData("[x](mailto:help@example.org)")]
    [InlineData("[x](/topics/pain)")]
    [InlineData("[x](#symptoms)")]
    [InlineData("[x](butt-cramps)")]
    [InlineData("[x](/search?q=a:b)")]
    [InlineData("<https://example.org/a>")]
    [InlineData("<help@example.org>")]
    public void Web_mail_and_site_links_are_accepted(string link)
    {
        Assert.NotNull(Compile.Body($"See {link} for more.\n"));
    }
}
