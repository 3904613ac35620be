using GluteHealth.Content;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Infrastructure;

/// <summary>
/// Completes once the site has sent its first answer (a reader's page, or the readiness probe's), or
/// <see cref="ContentOptions.FirstSearchIndexWaitMilliseconds"/> after it started listening if no request comes.
/// Start-up work that no page waits for (the first search index) begins then: on one core it would otherwise share
/// the CPU with the first page, and a lower thread priority alone did not stop it slowing that page
/// (docs/performance.md).
/// </summary>
public sealed class FirstAnswer
{
    private readonly TaskCompletionSource _given = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FirstAnswer(IHostApplicationLifetime lifetime, IOptions<ContentOptions> options)
    {
        var wait = TimeSpan.FromMilliseconds(options.Value.FirstSearchIndexWaitMilliseconds);
        lifetime.ApplicationStarted.Register(() => Task.Delay(wait).ContinueWith(_ => Sent(), TaskScheduler.Default));
    }

    public Task Given => _given.Task;

    public bool IsGiven => _given.Task.IsCompleted;

    public void Sent() => _given.TrySetResult();
}
