using System.Net.Sockets;
using System.Text;

namespace GluteHealth.Web.Tests.Infrastructure;

/// <summary>Sends a request exactly as written, bytes and all: HttpClient would normalise the hostile parts away.</summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response> SendAsync(Uri server, string method, string target, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n");
        if (!headers.Any(h => h.StartsWith("Host:", StringComparison.OrdinalIgnoreCase)))
        {
            request.Append("Host: ").Append(server.Authority).Append("\r\n");
        }
        foreach (var header in headers)
        {
            request.Append(header).Append("\r\n");
        }
        request.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request.ToString()));

        using var reader = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(reader, timeout.Token);
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var statusLine = head.Split("\r\n")[0].Split(' ');
        return new Response(statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : 0, head, body);
    }
}
