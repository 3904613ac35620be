using System.Text;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class FileValidationTests
{
    private static byte[] WithByte(string text, char marker, byte value) =>
        Encoding.UTF8.GetBytes(text).Select(b => b == (byte)marker ? value : b).ToArray();

    [Fact]
    public void Invalid_utf8_in_the_body_is_reported_at_the_line_of_the_invalid_byte()
    {
        var bytes = WithByte(SampleArticle.Create().WithBody("Intro.\n\nA bad byte: @ here.\n").Text(), '@', 0xFF);

        ProblemAssert.Single(Compile.Bytes(bytes), Compile.File, 12, "not valid UTF-8");
    }

    [Fact]
    public void Invalid_utf8_in_the_front_matter_is_reported_at_the_line_of_the_invalid_byte()
    {
        var bytes = WithByte(SampleArticle.Create().With("title", "Caf@").Text(), '@', 0xE9);

        ProblemAssert.Single(Compile.Bytes(bytes), Compile.File, 2, "not valid UTF-8");
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(SampleArticle.Create().Bytes()).ToArray();

        Assert.NotNull(Compile.Bytes(bytes).Article);
    }

    [Fact]
    public void Non_ascii_utf8_is_accepted()
    {
        Assert.Equal("Gesäß and crámp", Compile.Valid(SampleArticle.Create(title: "Gesäß and crámp")).Title);
    }

    [Fact]
    public void Nul_byte_is_reported_at_its_line()
    {
        var bytes = WithByte(SampleArticle.Create().WithBody("Intro.\n\nA NUL: @ here.\n").Text(), '@', 0x00);

        ProblemAssert.Single(Compile.Bytes(bytes), Compile.File, 12, "NUL character");
    }

    [Fact]
    public void Empty_file_is_reported_by_the_loader_without_a_line()
    {
        using var folder = new TempContentFolder().WithTopics("pain").Write("empty.md", "");

        var snapshot = new ContentLoader(new ArticleCompiler()).Load(folder.Path);

        ProblemAssert.Contains(snapshot.Problems, "empty.md", null, "file is empty");
        Assert.Empty(snapshot.Articles);
    }

    [Fact]
    public void Empty_bytes_given_to_the_compiler_are_reported_as_missing_front_matter_on_line_1()
    {
        ProblemAssert.Single(Compile.Bytes([]), Compile.File, 1, "no front matter");
    }

    [Fact]
    public void File_over_the_size_limit_is_reported_without_a_line_and_not_compiled()
    {
        var article = SampleArticle.Create();
        using var folder = new TempContentFolder().WithTopics("pain").Write("big.md", article);
        var limit = article.Bytes().Length - 1;
        var compiler = new CountingCompiler();

        var snapshot = new ContentLoader(compiler, maxFileBytes: limit).Load(folder.Path);

        ProblemAssert.Contains(snapshot.Problems, "big.md", null, $"the limit is {limit:N0}");
        Assert.Empty(snapshot.Articles);
        Assert.Equal(0, compiler.CountFor("big.md"));
    }

    [Fact]
    public void File_exactly_at_the_size_limit_is_accepted()
    {
        var article = SampleArticle.Create();
        using var folder = new TempContentFolder().WithTopics("pain").Write("sample.md", article);

        var snapshot = new ContentLoader(new ArticleCompiler(), maxFileBytes: article.Bytes().Length).Load(folder.Path);

        Assert.Empty(snapshot.Problems);
        Assert.NotNull(snapshot.FindArticle("sample"));
    }
}
