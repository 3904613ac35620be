using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace GluteHealth.Web.Http;

/// <summary>
/// The output cache's store: pages in a size-bounded memory cache, tagged for eviction, as the framework's own
/// store keeps them, except in what a full cache admits. The framework's store makes room for every new page by
/// evicting older ones, so a crawl over more pages than fit (every page of a large library, once each) replaces the
/// whole cache with pages nobody asks for again, and each replaced page is garbage that lived long enough to reach
/// the oldest generation: at 10,000 articles the heap then grew by hundreds of MB between full collections, with
/// no page ever served from the cache. Here a full cache admits only a page rendered again lately
/// (<see cref="RecentRenders"/>), evicting about enough of the least recently used to fit it; below 95 % of its
/// limit, every page is admitted at once.
/// </summary>
internal sealed class ScanResistantOutputCacheStore : IOutputCacheStore, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly long _sizeLimit;
    private readonly long _freeAdmissionLimit;
    private readonly RecentRenders _recent = new();
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _tagsLock = new();
    private long _size;

    public ScanResistantOutputCacheStore(long sizeLimit)
    {
        _sizeLimit = sizeLimit;
        // Room made for an admitted page brings the cache back under its limit, not under this mark, so a full cache
        // does not go back to admitting every page once it has made room for one.
        _freeAdmissionLimit = sizeLimit - sizeLimit / 20;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
    }

    /// <summary>The bytes of the pages held now.</summary>
    internal long Size => Interlocked.Read(ref _size);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cache.Get(key) as byte[]);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var size = Size;
        if (size + value.Length > _freeAdmissionLimit)
        {
            if (value.Length > _sizeLimit || !_recent.SeenBefore(key))
            {
                return ValueTask.CompletedTask;
            }
            MakeRoom(size + value.Length - _sizeLimit);
        }

        var entry = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = validFor, Size = value.Length };
        entry.RegisterPostEvictionCallback((evictedKey, evicted, reason, _) => Evicted((string)evictedKey, (byte[])evicted!, tags, reason));
        if (tags is { Length: > 0 })
        {
            lock (_tagsLock)
            {
                foreach (var tag in tags)
                {
                    if (!_keysByTag.TryGetValue(tag, out var keys))
                    {
                        _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                    }
                    keys.Add(key);
                }
            }
        }
        Interlocked.Add(ref _size, value.Length);
        _cache.Set(key, value, entry);
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        string[] keys;
        lock (_tagsLock)
        {
            keys = _keysByTag.TryGetValue(tag, out var tagged) ? [.. tagged] : [];
        }
        foreach (var key in keys)
        {
            _cache.Remove(key);
        }
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// Evicts the least recently used pages worth about <paramref name="bytes"/>, and one more: the cache compacts by
    /// a share of its entries, not of its size, and a page it refuses for want of room makes it evict a twentieth.
    /// </summary>
    private void MakeRoom(long bytes)
    {
        var count = _cache.Count;
        if (bytes <= 0 || count == 0)
        {
            return;
        }
        var pages = bytes / Math.Max(1, Size / count) + 1;
        _cache.Compact(Math.Min(1.0, (pages + 0.5) / count));
    }

    // Every way out of the cache ends here: replaced, removed, expired, evicted for size, or refused for want of room.
    private void Evicted(string key, byte[] value, string[]? tags, EvictionReason reason)
    {
        Interlocked.Add(ref _size, -value.Length);
        if (reason == EvictionReason.Replaced || tags is not { Length: > 0 })
        {
            return; // a replacing page has the same key, so the same tags
        }
        lock (_tagsLock)
        {
            foreach (var tag in tags)
            {
                if (_keysByTag.TryGetValue(tag, out var keys) && keys.Remove(key) && keys.Count == 0)
                {
                    _keysByTag.Remove(tag);
                }
            }
        }
    }
}
