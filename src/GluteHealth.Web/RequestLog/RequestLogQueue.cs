using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.RequestLog;

/// <summary>
/// Hands request log entries from request threads to the writer. Adding never blocks and never wakes the writer:
/// the writer drains on its own schedule, so a busy site pays a few nanoseconds per line, not a thread switch.
/// </summary>
public sealed class RequestLogQueue(IOptions<RequestLogOptions> options)
{
    private readonly Channel<RequestLogEntry> _entries = Channel.CreateBounded<RequestLogEntry>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    private long _dropped;

    public void Add(in RequestLogEntry entry)
    {
        if (!_entries.Writer.TryWrite(entry))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public bool TryTake(out RequestLogEntry entry) => _entries.Reader.TryRead(out entry);

    /// <summary>Completes when an entry is waiting (at once if one is).</summary>
    public ValueTask<bool> WaitForEntriesAsync(CancellationToken cancellation) => _entries.Reader.WaitToReadAsync(cancellation);

    /// <summary>Entries dropped because the queue was full since the last call.</summary>
    public long TakeDroppedCount() => Interlocked.Exchange(ref _dropped, 0);
}
