namespace GluteHealth.Content.Tests.Support;

/// <summary>Waits for something another thread does (a file watcher's reload). Only a wait, never a timing assertion.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static T Get<T>(Func<T?> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {Timeout.TotalSeconds:0} s waiting for {what}");
            }
            Thread.Sleep(25);
        }
    }
}
