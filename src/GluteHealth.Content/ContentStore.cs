using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace GluteHealth.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and replaces it when files in the content folder change.
/// Reloads are serialised and debounced; readers never block and never see a half-built snapshot.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadLock = new();
    private readonly Timer _debounce;
    private readonly int _delayMilliseconds;
    private readonly PhysicalFileProvider? _watcher;
    private readonly IDisposable? _watchRegistration;
    private ContentSnapshot _current;
    private bool _disposed;

    public ContentStore(string folder, ContentLoader loader, ContentOptions options, ILogger<ContentStore> logger)
    {
        Folder = folder;
        _loader = loader;
        _logger = logger;
        _delayMilliseconds = Math.Max(0, options.ReloadDelayMilliseconds);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _current = ContentSnapshot.Empty;
        Reload();

        if (Directory.Exists(folder))
        {
            _watcher = new PhysicalFileProvider(folder) { UsePollingFileWatcher = options.UsePolling, UseActivePolling = options.UsePolling };
            _watchRegistration = ChangeToken.OnChange(() => _watcher.Watch("*.*"), ScheduleReload);
        }
    }

    public string Folder { get; }

    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot is in place; its <see cref="ContentSnapshot.Change"/> says which pages to evict.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>Reloads now; called by the debounce timer and by tests that must not wait.</summary>
    public ContentSnapshot Reload()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return Current;
            }
            var previous = Current;
            ContentSnapshot next;
            try
            {
                next = _loader.Refresh(Folder, previous);
            }
            catch (Exception e)
            {
                // Whatever went wrong, the site keeps serving what it had.
                _logger.LogError(e, "Reloading content from {Folder} failed; still serving version {Version}", Folder, previous.Version);
                return previous;
            }
            Report(previous, next);
            Volatile.Write(ref _current, next);
            try
            {
                Changed?.Invoke(next);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A content change listener failed");
            }
            return next;
        }
    }

    private void ScheduleReload()
    {
        try
        {
            _debounce.Change(_delayMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: nothing left to reload.
        }
    }

    private void Report(ContentSnapshot previous, ContentSnapshot next)
    {
        var known = previous.Problems.ToHashSet();
        foreach (var problem in next.Problems.Where(p => !known.Contains(p)))
        {
            // The text already reads "file:line: message" (or "file: message" when the whole file is at fault).
            _logger.LogError("Content problem {Problem}", problem.ToString());
        }
        _logger.LogInformation("Loaded content version {Version} from {Folder}: {ArticleCount} articles, {TopicCount} topics, {ProblemCount} problems",
            next.Version, Folder, next.Articles.Count, next.Topics.Count, next.Problems.Count);
    }

    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }
        _watchRegistration?.Dispose();
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
