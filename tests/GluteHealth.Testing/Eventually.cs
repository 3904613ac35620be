using Xunit;

namespace GluteHealth.Testing;

/// <summary>
/// Waits for something another thread makes true soon (a file watcher's reload, a process starting).
/// The limit is generous: only a wait, never a timing assertion.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Polls until the probe returns a value, or fails the test after <see cref="Timeout"/>.</summary>
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

    /// <summary>Polls until the condition holds; false if it still does not after the limit (<see cref="Timeout"/> unless given).</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, int? timeoutSeconds = null)
    {
        var deadline = DateTime.UtcNow + (timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Timeout);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(50);
        }
        return await condition();
    }
}
