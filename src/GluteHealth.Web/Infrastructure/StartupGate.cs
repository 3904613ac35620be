using GluteHealth.Content;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Infrastructure;

/// <summary>
/// Holds back start-up work that no page waits for (the first search index) until the site has sent its first answer
/// (a reader's page, or the readiness probe's), until a request needs that work now (a search), or until
/// <see cref="ContentOptions.FirstSearchIndexWaitMilliseconds"/> after the site started listening. On one core the
/// build would otherwise share the CPU with the first page, and a lower thread priority alone did not reliably stop
/// it slowing that page (docs/performance.md).
/// </summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StartupGate(IHostApplicationLifetime lifetime, IOptions<ContentOptions> options)
    {
        var wait = TimeSpan.FromMilliseconds(options.Value.FirstSearchIndexWaitMilliseconds);
        lifetime.ApplicationStarted.Register(() => Task.Delay(wait).ContinueWith(_ => Open(), TaskScheduler.Default));
    }

    public Task Opened => _opened.Task;

    public bool IsOpen => _opened.Task.IsCompleted;

    public void Open() => _opened.TrySetResult();
}
