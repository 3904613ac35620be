using System.Text;
using GluteHealth.Web.RequestLog;
using GluteHealth.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Tests;

public sealed class RequestLogWriterTests
{
    [Fact]
    public void Queued_lines_are_written_in_order_in_writes_of_at_most_4_KB_that_end_at_a_line_break()
    {
        var (queue, output, writer) = Create(capacity: 1000);
        for (var i = 0; i < 500; i++)
        {
            queue.Add(Entry($"/articles/page-{i}"));
        }

        writer.Flush();

        var lines = Encoding.UTF8.GetString(output.Written.SelectMany(w => w).ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"/articles/page-{i}"), lines.Select(l => l.Split(' ')[5]));
        Assert.True(output.Written.Count > 1);
        Assert.All(output.Written, w => Assert.True(w.Length <= 4096 && w[^1] == (byte)'\n'));
    }

    [Fact]
    public void Lines_beyond_the_queue_capacity_are_dropped_and_the_count_is_reported()
    {
        var (queue, output, writer) = Create(capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            queue.Add(Entry($"/p{i}"));
        }

        writer.Flush();

        var text = output.Text;
        Assert.Contains("WRN] GluteHealth.Web.RequestLog: 7 request log lines dropped", text);
        Assert.Equal(3, text.Split('\n').Count(l => l.Contains("responded 200")));
    }

    [Fact]
    public async Task Lines_are_written_by_the_writer_thread_without_an_explicit_flush()
    {
        var (queue, output, writer) = Create(capacity: 10, flushMilliseconds: 10);
        await writer.StartAsync(CancellationToken.None);
        queue.Add(Entry("/written-in-the-background"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!output.Text.Contains("/written-in-the-background") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        await writer.StopAsync(CancellationToken.None);

        Assert.Contains("/written-in-the-background", output.Text);
    }

    [Fact]
    public async Task Lines_queued_after_the_host_stopped_are_written_when_the_writer_is_disposed()
    {
        var (queue, output, writer) = Create(capacity: 10);
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);
        queue.Add(Entry("/late"));

        writer.Dispose();

        Assert.Contains("/late responded 200", output.Text);
    }

    [Fact]
    public void A_broken_output_loses_the_lines_but_never_throws()
    {
        var queue = new RequestLogQueue(Options.Create(new RequestLogOptions { QueueCapacity = 10 }));
        var writer = new RequestLogWriter(queue, Options.Create(new RequestLogOptions()), new BrokenStream());
        queue.Add(Entry("/x"));

        writer.Flush();

        Assert.False(queue.TryTake(out _));
    }

    private static RequestLogEntry Entry(string path) => new(DateTime.UtcNow, "GET", path, 200, TimeSpan.FromMilliseconds(1));

    private static (RequestLogQueue, RecordingStream, RequestLogWriter) Create(int capacity, int flushMilliseconds = 200)
    {
        var options = Options.Create(new RequestLogOptions { QueueCapacity = capacity, FlushIntervalMilliseconds = flushMilliseconds });
        var queue = new RequestLogQueue(options);
        var output = new RecordingStream();
        return (queue, output, new RequestLogWriter(queue, options, output));
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }
}
