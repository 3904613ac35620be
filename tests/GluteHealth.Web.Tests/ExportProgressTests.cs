using GluteHealth.Web.Export;

namespace GluteHealth.Web.Tests;

public sealed class ExportProgressTests
{
    [Fact]
    public void On_a_terminal_the_progress_line_shows_pages_done_of_total_and_ends_with_a_line_break()
    {
        var output = new StringWriter();
        var progress = new ExportProgress(3, output, interactive: true);

        progress.Report(1);
        progress.Report(3);
        progress.Finish();

        var text = output.ToString();
        Assert.StartsWith("\r1/3 pages, ", text);
        Assert.Matches(@"\r3/3 pages, [0-9]+\.[0-9] s\n$", text.Replace("\r\n", "\n"));
    }

    [Fact]
    public void When_the_output_is_not_a_terminal_nothing_is_written()
    {
        var output = new StringWriter();
        var progress = new ExportProgress(3, output, interactive: false);

        progress.Report(1);
        progress.Report(3);
        progress.Finish();

        Assert.Equal("", output.ToString());
    }
}
