using System.Text;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>An output that keeps every write apart, to check how output was split into writes.</summary>
public sealed class RecordingStream : MemoryStream
{
    private readonly Lock _gate = new();
    private readonly List<byte[]> _written = [];

    public IReadOnlyList<byte[]> Written
    {
        get
        {
            lock (_gate)
            {
                return [.. _written];
            }
        }
    }

    public string Text => Encoding.UTF8.GetString(Written.SelectMany(w => w).ToArray());

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            _written.Add(buffer.AsSpan(offset, count).ToArray());
        }
    }
}
