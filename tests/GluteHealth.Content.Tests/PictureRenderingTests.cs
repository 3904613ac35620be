using AngleSharp.Html.Parser;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>How a picture is rendered, and when a page that shows one is rendered again.</summary>
public sealed class PictureRenderingTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly CountingCompiler _compiler = new();
    private readonly ContentLoader _loader;

    public PictureRenderingTests()
    {
        _loader = new ContentLoader(_compiler);
        _folder.WithTopics("pain")
            .Write("a.md", SampleArticle.Create("a").WithBody(Drawings.Body()))
            .Write("b.md", SampleArticle.Create("b"))
            .Write("images/side.svg", Drawings.Valid());
    }

    public void Dispose() => _folder.Dispose();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _loader.Load(_folder.Path, previous);

    private static AngleSharp.Dom.IElement Figure(ContentSnapshot snapshot) =>
        new HtmlParser().ParseDocument(snapshot.FindArticle("a")!.Html).QuerySelector("figure")!;

    [Fact]
    public void Picture_is_a_figure_with_the_drawing_inline_described_by_its_alt_text_and_captioned_by_its_title()
    {
        var figure = Figure(Load());

        var svg = figure.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(Drawings.Description, svg.GetAttribute("aria-label"));
        Assert.Equal(("200", "100", "0 0 200 100"), (svg.GetAttribute("width"), svg.GetAttribute("height"), svg.GetAttribute("viewBox")));
        Assert.Equal("currentColor", svg.GetAttribute("stroke"));
        Assert.NotNull(svg.QuerySelector("path.figure-line"));
        Assert.Equal("Clamshell", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Null(figure.QuerySelector("img"));
    }

    [Fact]
    public void Picture_inside_an_exercise_card_is_a_figure_inside_the_card()
    {
        _folder.Write("a.md", SampleArticle.Create("a").WithBody(
            "## Exercises\n\n:::exercise\n**Repeat:** 10 times\n\n![" + Drawings.Description + "](images/side.svg \"Clamshell\")\n\n1. Lie on your side.\n:::\n"));

        var html = new HtmlParser().ParseDocument(Load().FindArticle("a")!.Html);

        Assert.NotNull(html.QuerySelector("div.exercise > figure.figure > svg"));
        Assert.NotNull(html.QuerySelector("div.exercise > p.exercise-dose"));
    }

    [Fact]
    public void Size_comes_from_the_view_box_when_the_drawing_has_no_width_and_height()
    {
        _folder.Write("images/side.svg", Drawings.Valid(rootAttributes: "viewBox=\"0 0 640 320\""));

        var svg = Figure(Load()).QuerySelector("svg")!;

        Assert.Equal(("640", "320"), (svg.GetAttribute("width"), svg.GetAttribute("height")));
    }

    [Fact]
    public void A_class_on_the_drawing_joins_the_figure_class_on_one_attribute()
    {
        _folder.Write("images/side.svg", Drawings.Valid(rootAttributes: "viewBox=\"0 0 200 100\" class=\"figure-tall\""));

        var html = Load().FindArticle("a")!.Html;

        Assert.Contains("<svg class=\"figure-art figure-tall\" ", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class="), m => m.Index > html.IndexOf("<svg", StringComparison.Ordinal) && m.Index < html.IndexOf('>', html.IndexOf("<svg", StringComparison.Ordinal)));
    }

    [Fact]
    public void Alt_text_of_a_picture_is_not_searchable_body_text()
    {
        var article = Load().FindArticle("a")!;

        Assert.DoesNotContain(article.TextBlocks, b => b.Contains("top knee", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_picture_changes_its_fingerprint_and_renders_again_only_the_pages_that_use_it()
    {
        var first = Load();
        var before = first.Images.Find("images/side.svg")!;

        _folder.Write("images/side.svg", Drawings.Valid("<circle cx=\"20\" cy=\"20\" r=\"5\"/>"));
        var second = Load(first);

        var after = second.Images.Find("images/side.svg")!;
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.NotEqual(before.Url, after.Url);
        Assert.Null(second.Images.FindByUrl(before.Url));
        Assert.Contains("<circle", second.FindArticle("a")!.Html, StringComparison.Ordinal);
        Assert.Equal((2, 1), (_compiler.CountFor("a.md"), _compiler.CountFor("b.md")));
    }

    [Fact]
    public void Reloading_unchanged_pictures_renders_nothing_again()
    {
        var first = Load();

        var second = Load(first);

        Assert.Same(first.Images.Find("images/side.svg"), second.Images.Find("images/side.svg"));
        Assert.Same(first.FindArticle("a"), second.FindArticle("a"));
        Assert.Equal(2, _compiler.Total);
    }

    [Fact]
    public void Adding_a_missing_picture_lets_the_page_that_waited_for_it_through()
    {
        _folder.Delete("images/side.svg");
        var first = Load();
        Assert.Null(first.FindArticle("a"));

        _folder.Write("images/side.svg", Drawings.Valid());
        var second = Load(first);

        Assert.NotNull(second.FindArticle("a"));
        Assert.Empty(second.Problems);
    }

    [Fact]
    public void Fingerprinted_url_keeps_the_name_and_adds_the_hash_before_the_extension()
    {
        var images = Load().Images;
        var image = images.Find("images/side.svg")!;

        Assert.Matches("^/images/side\\.[0-9a-f]{16}\\.svg$", image.Url);
        Assert.Same(image, images.FindByUrl(image.Url));
        Assert.Null(images.FindByUrl("/images/side.svg"));
    }
}
