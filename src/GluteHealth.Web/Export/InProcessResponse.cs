using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace GluteHealth.Web.Export;

/// <summary>
/// The answer to one in-process request: status, headers and the body bytes, kept in memory. Like a real server it
/// starts the response (running the <c>OnStarting</c> callbacks, after which headers are read-only) at the first
/// write or flush, or at the end.
/// </summary>
public sealed class InProcessResponse : HttpResponseFeature, IHttpResponseBodyFeature
{
    // Most pages fit, so the body is rarely copied as it grows.
    private const int InitialBodyBytes = 64 * 1024;

    private readonly MemoryStream _content = new(InitialBodyBytes);
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
    private readonly InProcessResponseStream _stream;
    private PipeWriter? _writer;
    private bool _started;

    public InProcessResponse()
    {
        _stream = new InProcessResponseStream(this, _content);
        Body = _stream;
    }

    /// <summary>The body as written, without a copy.</summary>
    public ReadOnlyMemory<byte> Content => _content.GetBuffer().AsMemory(0, (int)_content.Length);

    public override bool HasStarted => _started;

    Stream IHttpResponseBodyFeature.Stream => _stream;

    PipeWriter IHttpResponseBodyFeature.Writer => _writer ??= PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));

    public override void OnStarting(Func<object, Task> callback, object state)
    {
        if (_started)
        {
            throw new InvalidOperationException("The response has already started.");
        }
        _starting.Add((callback, state));
    }

    public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

    public void DisableBuffering()
    {
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            return;
        }
        _started = true;
        // Last registered runs first, as in Kestrel.
        for (var i = _starting.Count - 1; i >= 0; i--)
        {
            await _starting[i].Callback(_starting[i].State);
        }
        if (Headers is HeaderDictionary headers)
        {
            headers.IsReadOnly = true;
        }
    }

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await SendFileFallback.SendFileAsync(_content, path, offset, count, cancellationToken);
    }

    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.CompleteAsync();
        }
        await StartAsync();
    }

    internal async Task FireCompletedAsync()
    {
        for (var i = _completed.Count - 1; i >= 0; i--)
        {
            await _completed[i].Callback(_completed[i].State);
        }
    }
}
