using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Starting_with_a_missing_content_folder_names_the_path_and_exits_non_zero()
    {
        var missing = Path.Combine(Path.GetTempPath(), "missing-content-" + Guid.NewGuid().ToString("N"));

        var (exit, output) = await SiteRun.ToExitAsync($"--Content:Path={missing}");

        Assert.NotEqual(0, exit);
        Assert.Contains(missing, output);
        Assert.Contains("does not exist", output);
    }

    [Fact]
    public async Task Starting_with_an_empty_content_folder_names_the_path_and_exits_non_zero()
    {
        var empty = Directory.CreateTempSubdirectory("empty-content-").FullName;
        try
        {
            var (exit, output) = await SiteRun.ToExitAsync($"--Content:Path={empty}");

            Assert.NotEqual(0, exit);
            Assert.Contains(empty, output);
            Assert.Contains("no valid articles", output);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
