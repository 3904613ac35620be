using GluteHealth.Web.Commands;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("export out --Content:Path=x")]
    [InlineData("--Content:Path=x export out")]
    [InlineData("--Content:Path x export out")]
    [InlineData("--Content:Path=x export --urls http://127.0.0.1:1 out")]
    public void Options_may_stand_before_between_or_after_the_command_words(string line)
    {
        var parsed = CommandLine.Parse(line.Split(' '));

        Assert.Equal("export", parsed.Command);
        Assert.Equal(["out"], parsed.Operands);
        Assert.Contains(parsed.Options, o => o.StartsWith("--Content:Path", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_given_as_an_absolute_path_is_an_operand_not_an_option()
    {
        var parsed = CommandLine.Parse(["export", "/tmp/site", "--Content:Path=/srv/content"]);

        Assert.Equal(["/tmp/site"], parsed.Operands);
        Assert.Equal(["--Content:Path=/srv/content"], parsed.Options);
    }

    [Fact]
    public void Options_alone_mean_serve()
    {
        var parsed = CommandLine.Parse(["--Content:Path=x", "--urls", "http://127.0.0.1:5000"]);

        Assert.Null(parsed.Command);
        Assert.Equal(["--Content:Path=x", "--urls", "http://127.0.0.1:5000"], parsed.Options);
    }

    [Theory]
    [InlineData("exprot", "out")]
    [InlineData("export")]
    [InlineData("export", "a", "b")]
    [InlineData("check", "extra")]
    public async Task An_unknown_command_or_wrong_operands_print_usage_and_exit_non_zero_without_serving(params string[] words)
    {
        var (exit, output) = await SiteRun.ToExitAsync([.. words, $"--Content:Path={RepositoryPaths.TestContent}"]);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", output);
        Assert.Contains("export <dir>", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task Help_prints_usage_and_succeeds()
    {
        var (exit, output) = await SiteRun.ToExitAsync(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("usage:", output);
    }

    [Fact]
    public async Task An_option_before_the_command_reaches_the_command()
    {
        var output = Directory.CreateTempSubdirectory("export-options-first-").FullName;
        try
        {
            var (exit, text) = await SiteRun.ToExitAsync([$"--Content:Path={RepositoryPaths.TestContent}", "export", output]);

            Assert.True(exit == 0, text);
            Assert.True(File.Exists(Path.Combine(output, "articles", "alpha", "index.html")), text);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
