using System.Collections.Concurrent;

namespace GluteHealth.Content.Tests.Support;

/// <summary>Collects snapshots raised by <see cref="ContentStore.Changed"/> so a test can wait for a particular one.</summary>
internal sealed class BlockingSnapshotQueue : IDisposable
{
    private readonly BlockingCollection<ContentSnapshot> _snapshots = new();

    public void Add(ContentSnapshot snapshot) => _snapshots.Add(snapshot);

    public ContentSnapshot WaitFor(Func<ContentSnapshot, bool> match)
    {
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        try
        {
            foreach (var snapshot in _snapshots.GetConsumingEnumerable(timeout.Token))
            {
                if (match(snapshot))
                {
                    return snapshot;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        Assert.Fail($"Changed was not raised with the expected snapshot within {Eventually.Timeout.TotalSeconds:0} s");
        return null!;
    }

    public void Dispose() => _snapshots.Dispose();
}
