using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// Pictures are checked by <see cref="ContentLoader"/> against the folder's images/ (the sample body puts the picture on
/// line 12 of the article); problems in a drawing itself are reported at the drawing's file and line.
/// </summary>
public sealed class PictureValidationTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly ContentLoader _loader = new(new ArticleCompiler());

    public PictureValidationTests() => _folder.WithTopics("pain");

    public void Dispose() => _folder.Dispose();

    private ContentSnapshot Load(string body, params (string File, string Svg)[] drawings)
    {
        _folder.Write("a.md", SampleArticle.Create("a").WithBody(body));
        foreach (var (file, svg) in drawings)
        {
            _folder.Write(file, svg);
        }
        return _loader.Load(_folder.Path);
    }

    [Fact]
    public void Picture_of_the_content_folder_loads_with_no_problems()
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", Drawings.Valid()));

        Assert.Empty(snapshot.Problems);
        var picture = Assert.Single(snapshot.FindArticle("a")!.Pictures);
        Assert.Equal("images/side.svg", picture.Image.Path);
        Assert.Equal(Drawings.Description, picture.Description);
        Assert.Equal("Clamshell", picture.Caption);
    }

    [Fact]
    public void Missing_picture_file_is_reported_at_its_line()
    {
        var snapshot = Load(Drawings.Body("images/nowhere.svg"));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "picture 'images/nowhere.svg' does not exist");
        Assert.Null(snapshot.FindArticle("a"));
    }

    [Theory]
    [InlineData("../secret.svg")]
    [InlineData("images/../topics.svg")]
    [InlineData("/images/side.svg")]
    [InlineData("/etc/passwd")]
    [InlineData("side.svg")]
    [InlineData("pictures/side.svg")]
    [InlineData("images/nested/side.svg")]
    [InlineData("images\\side.svg")]
    public void Picture_outside_the_images_folder_is_reported_at_its_line(string path)
    {
        var snapshot = Load(Drawings.Body(path.Replace("\\", "\\\\", StringComparison.Ordinal)), ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "is outside the content folder's images/ folder");
    }

    [Theory]
    [InlineData("https://example.org/side.svg")]
    [InlineData("http://example.org/side.png")]
    [InlineData("//example.org/side.svg")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=")]
    public void Remote_picture_is_reported_at_its_line(string url)
    {
        var snapshot = Load(Drawings.Body(url), ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "remote image");
    }

    [Fact]
    public void Empty_alt_text_is_reported_at_its_line()
    {
        var snapshot = Load(Drawings.Body(description: ""), ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "has no alt text");
    }

    [Theory]
    [InlineData("side.svg")]
    [InlineData("clamshell.PNG")]
    [InlineData("image")]
    [InlineData("Picture 2")]
    [InlineData("IMG_001")]
    [InlineData("DSC-2041")]
    [InlineData("side")]
    public void File_name_like_alt_text_is_reported_at_its_line(string alt)
    {
        var snapshot = Load(Drawings.Body(description: alt), ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "looks like a file name");
    }

    [Fact]
    public void Picture_without_a_caption_is_reported_at_its_line()
    {
        var snapshot = Load("Intro.\n\n![" + Drawings.Description + "](images/side.svg)\n", ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "has no caption");
    }

    [Fact]
    public void Picture_inside_running_text_is_reported_at_its_line()
    {
        var snapshot = Load("Intro.\n\nAs shown ![" + Drawings.Description + "](images/side.svg \"Side\") here.\n", ("images/side.svg", Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "must be a paragraph of its own");
    }

    [Fact]
    public void Unused_picture_is_reported_against_the_picture_file()
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", Drawings.Valid()), ("images/spare.svg", Drawings.Valid()));

        var problem = ProblemAssert.Contains(snapshot.Problems, "images/spare.svg", null, "not used by any article");
        Assert.Equal("images/spare.svg: picture is not used by any article (use it, or delete the file)", problem.ToString());
        Assert.NotNull(snapshot.FindArticle("a"));
    }

    [Fact]
    public void Words_drawn_in_a_picture_must_be_said_by_its_alt_text_or_caption()
    {
        var labelled = Drawings.Valid("<text x=\"10\" y=\"20\" font-size=\"12\">Gluteus medius</text>");

        var unsaid = Load(Drawings.Body(), ("images/side.svg", labelled));
        ProblemAssert.Contains(unsaid.Problems, "a.md", 12, "shows the words 'Gluteus medius'");

        var said = Load(Drawings.Body(description: "The gluteus medius on the outer hip"), ("images/side.svg", labelled));
        Assert.Empty(said.Problems);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", 2, "element <script> is not allowed")]
    [InlineData("<style>path { stroke: red }</style>", 2, "element <style> is not allowed")]
    [InlineData("<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">Hi</p></foreignObject>", 2, "element <foreignObject> is not allowed")]
    [InlineData("<image href=\"https://example.org/x.png\"/>", 2, "element <image> is not allowed")]
    [InlineData("<a href=\"javascript:alert(1)\"><path d=\"M0 0\"/></a>", 2, "element <a> is not allowed")]
    [InlineData("<path d=\"M0 0\" onclick=\"alert(1)\"/>", 2, "attribute 'onclick' on <path> is not allowed")]
    [InlineData("<path d=\"M0 0\" style=\"stroke:red\"/>", 2, "attribute 'style' on <path> is not allowed")]
    [InlineData("<path d=\"M0 0\" fill=\"url(https://example.org/#p)\"/>", 2, "refers to something outside the drawing")]
    [InlineData("<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"#a\"/>", 2, "element <use> is not allowed")]
    public void Unsafe_part_of_a_drawing_is_reported_at_its_line_in_the_drawing(string element, int line, string message)
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", Drawings.Valid(element)));

        ProblemAssert.Contains(snapshot.Problems, "images/side.svg", line, message);
        ProblemAssert.Contains(snapshot.Problems, "a.md", 12, "cannot be used until the problems reported for that file are fixed");
        Assert.Empty(snapshot.Images.All);
    }

    [Fact]
    public void Drawing_that_is_not_well_formed_is_reported_at_its_line()
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<path d=\"M0 0\">\n</svg>\n"));

        ProblemAssert.Contains(snapshot.Problems, "images/side.svg", 3, "not a well-formed SVG file");
    }

    [Fact]
    public void Drawing_with_a_doctype_is_refused()
    {
        var svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + Drawings.Valid("<text>&x;</text>");

        var snapshot = Load(Drawings.Body(), ("images/side.svg", svg));

        ProblemAssert.Contains(snapshot.Problems, "images/side.svg", 2, "not a well-formed SVG file");
    }

    [Fact]
    public void Drawing_without_a_view_box_is_reported()
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", Drawings.Valid(rootAttributes: "width=\"200\" height=\"100\"")));

        ProblemAssert.Contains(snapshot.Problems, "images/side.svg", 1, "needs a viewBox");
    }

    [Theory]
    [InlineData("images/photo.png")]
    [InlineData("images/Side View.svg")]
    public void Picture_file_that_is_not_a_plainly_named_svg_is_reported_against_the_file(string file)
    {
        var snapshot = Load(Drawings.Body(), ("images/side.svg", Drawings.Valid()), (file, Drawings.Valid()));

        ProblemAssert.Contains(snapshot.Problems, file, null, "pictures are SVG drawings named with lowercase letters");
    }
}
