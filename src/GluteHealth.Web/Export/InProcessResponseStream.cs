namespace GluteHealth.Web.Export;

/// <summary>
/// The body stream of an <see cref="InProcessResponse"/>: starts the response before the first bytes, then writes
/// them to memory. Synchronous writes are refused, as Kestrel refuses them by default.
/// </summary>
internal sealed class InProcessResponseStream(InProcessResponse response, MemoryStream content) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await response.StartAsync(cancellationToken);
        content.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new InvalidOperationException("Synchronous operations are disallowed. Call WriteAsync instead.");

    public override void Flush() =>
        throw new InvalidOperationException("Synchronous operations are disallowed. Call FlushAsync instead.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
