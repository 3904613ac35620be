using System.Text;
using GluteHealth.Web.RequestLog;

namespace GluteHealth.Web.Tests;

public sealed class RequestLogFormatterTests
{
    private static readonly DateTime Noon = new(2026, 11, 22, 12, 0, 5, DateTimeKind.Utc);

    [Fact]
    public void A_line_has_time_level_source_method_path_status_and_milliseconds()
    {
        var line = Format(new RequestLogEntry(Noon, "GET", "/articles/butt-cramps", 200, TimeSpan.FromTicks(12_345)));

        Assert.Equal("[12:00:05 INF] GluteHealth.Web.RequestLog: HTTP GET /articles/butt-cramps responded 200 in 1.235 ms\n", line);
    }

    [Fact]
    public void The_time_is_written_in_the_servers_offset()
    {
        var line = Format(new RequestLogEntry(Noon, "GET", "/", 200, TimeSpan.Zero), TimeSpan.FromHours(-5));

        Assert.StartsWith("[07:00:05 INF]", line);
    }

    [Theory]
    [InlineData("/a\nb", "/a\\u000ab")]
    [InlineData("/a\r\n[12:00:00 INF] forged", "/a\\u000d\\u000a[12:00:00 INF] forged")]
    [InlineData("/a\u2028b\u0000", "/a\\u2028b\\u0000")]
    [InlineData("/d\u00e9j\u00e0-vu", "/d\u00e9j\u00e0-vu")]
    public void Control_characters_in_a_path_are_escaped_so_a_request_stays_one_line(string path, string written)
    {
        var line = Format(new RequestLogEntry(Noon, "GET", path, 404, TimeSpan.Zero));

        Assert.Contains($" GET {written} responded 404", line);
        Assert.Equal(1, line.Count(c => c == '\n'));
    }

    [Fact]
    public void A_very_long_path_is_cut_with_an_ellipsis_and_the_line_stays_within_the_limit()
    {
        var line = Format(new RequestLogEntry(Noon, "GET", "/" + new string('\n', 8000), 414, TimeSpan.Zero));

        Assert.Contains("\\u000a… responded 414", line);
        Assert.True(Encoding.UTF8.GetByteCount(line) <= RequestLogFormatter.MaxLineBytes);
    }

    [Fact]
    public void A_line_that_does_not_fit_is_not_written_at_all()
    {
        var entry = new RequestLogEntry(Noon, "GET", "/articles/butt-cramps", 200, TimeSpan.Zero);

        Assert.False(RequestLogFormatter.TryFormat(entry, TimeSpan.Zero, new byte[40], out var written));
        Assert.Equal(0, written);
    }

    private static string Format(RequestLogEntry entry, TimeSpan offset = default)
    {
        var buffer = new byte[RequestLogFormatter.MaxLineBytes];
        Assert.True(RequestLogFormatter.TryFormat(entry, offset, buffer, out var written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
