using GluteHealth.Web.Commands;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class CheckCommandTests
{
    [Fact]
    public void Check_passes_on_the_real_articles()
    {
        var (exit, output, errors) = Run(RepositoryPaths.Content);

        Assert.Equal(0, exit);
        Assert.Contains("5 articles", output);
        Assert.Equal("", errors);
    }

    [Fact]
    public void Check_prints_every_problem_with_file_and_line_and_fails()
    {
        using var content = new TempContentFolder(RepositoryPaths.TestContent);
        File.WriteAllText(content.File("alpha.md"), File.ReadAllText(content.File("alpha.md")).Replace("topics: [aches]", "topics: [nonsense]"));
        File.WriteAllText(content.File("broken.md"), "---\ntitle: Broken\n---\nNo other fields\n");

        var (exit, _, errors) = Run(content.Path);

        Assert.Equal(1, exit);
        Assert.Contains("alpha.md:5: unknown topic 'nonsense'", errors);
        Assert.Contains("broken.md:2: missing required field 'slug'", errors);
    }

    [Fact]
    public void Check_reports_a_missing_care_section_a_card_out_of_order_and_an_unknown_container_at_their_lines()
    {
        using var content = new TempContentFolder(RepositoryPaths.TestContent);
        var gamma = File.ReadAllText(content.File("gamma.md"));
        File.WriteAllText(content.File("gamma.md"), gamma[..gamma.IndexOf("## When to see a doctor", StringComparison.Ordinal)]);
        var alpha = File.ReadAllText(content.File("alpha.md"));
        File.WriteAllText(content.File("alpha.md"), alpha.Replace(":::emergency", ":::swap").Replace(":::urgent", ":::emergency").Replace(":::swap", ":::urgent"));
        File.WriteAllText(content.File("beta.md"), File.ReadAllText(content.File("beta.md")).Replace(":::exercise", ":::workout"));

        var (exit, _, errors) = Run(content.Path);

        Assert.Equal(1, exit);
        Assert.Contains("gamma.md:10: no '## When to see a doctor' section", errors);
        Assert.Contains("alpha.md:31: the ':::emergency' card must come before the ':::urgent' card on line 27", errors);
        Assert.Contains("beta.md:21: unknown container ':::workout'", errors);
    }

    [Fact]
    public void Check_fails_when_the_folder_is_missing()
    {
        var (exit, _, errors) = Run(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.NotEqual(0, exit);
        Assert.Contains("does not exist", errors);
    }

    private static (int Exit, string Output, string Errors) Run(string folder)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = CheckCommand.Run([$"--Content:Path={folder}"]);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
