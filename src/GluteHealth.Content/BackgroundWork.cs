using System.Runtime.InteropServices;

namespace GluteHealth.Content;

/// <summary>
/// Work that no page waits for (a large library's first search index) runs here: on a thread of its own that the
/// scheduler ranks below the threads serving requests, so on a machine with few cores the first pages after a start
/// are not slowed by it. Only work that may take long under load belongs here: a starved build finishes late.
/// </summary>
internal static class BackgroundWork
{
    // A nice value of 10 gets about a tenth of the CPU that a normal thread competing for the same core gets.
    private const int NiceValue = 10;
    private const int PriorityOfProcess = 0;

    public static Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            LowerThisThreadsPriority();
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "index build",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>
    /// Thread.Priority changes nothing on Linux; the thread's nice value does (Linux keeps one per thread, and
    /// setpriority with who = 0 sets the calling thread's). Raising a nice value needs no privilege; if it fails
    /// the build only runs at normal priority.
    /// </summary>
    private static void LowerThisThreadsPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = SetPriority(PriorityOfProcess, 0, NiceValue);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole library; the
    // arguments are plain integers, so nothing is marshalled either way.
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, uint who, int priority);
}
