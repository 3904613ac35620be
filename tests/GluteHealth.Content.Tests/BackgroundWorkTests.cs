using GluteHealth.Content;

namespace GluteHealth.Content.Tests;

public sealed class BackgroundWorkTests
{
    [Fact]
    public async Task Background_work_hands_back_its_result_and_its_failure()
    {
        Assert.Equal(42, await BackgroundWork.Run(() => 6 * 7));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BackgroundWork.Run<int>(() => throw new InvalidOperationException("broken")));
        Assert.Equal("broken", failure.Message);
    }

    [Fact]
    public async Task Background_work_runs_below_the_priority_of_request_threads()
    {
        if (OperatingSystem.IsLinux())
        {
            // Raising a nice value needs no privilege, lowering one does: a runner started nicer than 10 stays so.
            var mine = NiceValueOfThisThread();
            Assert.Equal(Math.Max(10, mine), await BackgroundWork.Run(NiceValueOfThisThread));
        }
        else
        {
            Assert.Equal(ThreadPriority.BelowNormal, await BackgroundWork.Run(() => Thread.CurrentThread.Priority));
        }
    }

    /// <summary>Field 19 of /proc/thread-self/stat; the thread name before it is in parentheses and may hold spaces.</summary>
    private static int NiceValueOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
