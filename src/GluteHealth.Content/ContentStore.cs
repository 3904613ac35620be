using System.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace GluteHealth.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and replaces it when files in the content folder change.
/// Reloads are serialised and debounced; readers never block and never see a half-built snapshot.
/// </summary>
/// <remarks>
/// A file system watcher names the files that changed, so a reload looks at those alone; when it cannot say
/// (its buffer overflowed, or polling is configured) the reload compares every file's size and write time.
/// </remarks>
public sealed class ContentStore : IDisposable
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadLock = new();
    private readonly Lock _changedNamesLock = new();
    private readonly Timer _debounce;
    private readonly int _delayMilliseconds;
    private readonly FileSystemWatcher? _watcher;
    private readonly PhysicalFileProvider? _poller;
    private readonly IDisposable? _pollRegistration;
    private HashSet<string>? _changedNames = new(StringComparer.Ordinal);
    private ContentSnapshot _current;
    private bool _disposed;

    public ContentStore(string folder, ContentLoader loader, ContentOptions options, ILogger<ContentStore> logger)
    {
        Folder = folder;
        _loader = loader;
        _logger = logger;
        _delayMilliseconds = Math.Max(0, options.ReloadDelayMilliseconds);
        _debounce = new Timer(_ => ReloadChanged(), null, Timeout.Infinite, Timeout.Infinite);
        _current = ContentSnapshot.Empty;
        Reload();

        if (!Directory.Exists(folder))
        {
            return;
        }
        if (options.UsePolling)
        {
            _poller = new PhysicalFileProvider(folder) { UsePollingFileWatcher = true, UseActivePolling = true };
            _pollRegistration = ChangeToken.OnChange(() => _poller.Watch("**/*"), () => NoteChange(null));
        }
        else
        {
            _watcher = new FileSystemWatcher(folder)
            {
                // Pictures live in images/: a change there recompiles the articles that show them.
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            _watcher.Changed += (_, e) => NoteChange(e.Name);
            _watcher.Created += (_, e) => NoteChange(e.Name);
            _watcher.Deleted += (_, e) => NoteChange(e.Name);
            _watcher.Renamed += (_, e) =>
            {
                NoteChange(e.OldName);
                NoteChange(e.Name);
            };
            // Events were lost: only a look at every file can tell what changed.
            _watcher.Error += (_, _) => NoteChange(null);
            _watcher.EnableRaisingEvents = true;
        }
    }

    public string Folder { get; }

    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot is in place; its <see cref="ContentSnapshot.Change"/> says which pages to evict.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>Reloads now, comparing every file; called by tests that must not wait.</summary>
    public ContentSnapshot Reload()
    {
        lock (_changedNamesLock)
        {
            // This look at every file covers whatever the watcher reported so far.
            _changedNames = new HashSet<string>(StringComparer.Ordinal);
        }
        return Reload(null);
    }

    private void ReloadChanged()
    {
        HashSet<string>? names;
        lock (_changedNamesLock)
        {
            names = _changedNames;
            _changedNames = new HashSet<string>(StringComparer.Ordinal);
        }
        Reload(names);
    }

    private ContentSnapshot Reload(IReadOnlyCollection<string>? changedNames)
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return Current;
            }
            var previous = Current;
            ContentSnapshot next;
            var started = Stopwatch.GetTimestamp();
            try
            {
                next = _loader.Refresh(Folder, previous, changedNames);
            }
            catch (Exception e)
            {
                // Whatever went wrong, the site keeps serving what it had, and the next reload looks at every file.
                lock (_changedNamesLock)
                {
                    _changedNames = null;
                }
                _logger.LogError(e, "Reloading content from {Folder} failed; still serving version {Version}", Folder, previous.Version);
                return previous;
            }
            Report(previous, next, Stopwatch.GetElapsedTime(started));
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

    /// <summary>Notes a changed file (null: unknown, look at every file) and schedules a debounced reload.</summary>
    private void NoteChange(string? name)
    {
        lock (_changedNamesLock)
        {
            if (name is null)
            {
                _changedNames = null;
            }
            else
            {
                _changedNames?.Add(name);
            }
        }
        try
        {
            _debounce.Change(_delayMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: nothing left to reload.
        }
    }

    private void Report(ContentSnapshot previous, ContentSnapshot next, TimeSpan took)
    {
        var known = previous.Problems.ToHashSet();
        foreach (var problem in next.Problems.Where(p => !known.Contains(p)))
        {
            // The text already reads "file:line: message" (or "file: message" when the whole file is at fault).
            _logger.LogError("Content problem {Problem}", problem.ToString());
        }
        _logger.LogInformation("Loaded content version {Version} from {Folder}: {ArticleCount} articles, {TopicCount} topics, {ProblemCount} problems in {ReloadMilliseconds:0.0} ms",
            next.Version, Folder, next.Articles.Count, next.Topics.Count, next.Problems.Count, took.TotalMilliseconds);
    }

    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }
        _watcher?.Dispose();
        _pollRegistration?.Dispose();
        _poller?.Dispose();
        _debounce.Dispose();
    }
}
