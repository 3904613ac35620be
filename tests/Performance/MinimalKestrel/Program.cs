// A minimal Kestrel app for tests/Performance/bench.sh: the `dotnet new web` template plus one endpoint that
// writes an exported article's bytes (and its pre-compressed .br/.gz twins) from memory. Nothing else: no
// logging sink, no output cache, no headers middleware. It is the ceiling the real site is compared with,
// for requests per second and for start-up time.
//
// Usage: dotnet MinimalKestrel.dll --Static:Path=<export folder> --urls http://127.0.0.1:PORT
using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;

var builder = WebApplication.CreateBuilder(args);
var root = builder.Configuration["Static:Path"]
    ?? throw new InvalidOperationException("Set --Static:Path to a folder written by the site's export command.");
var pages = LoadPages(Path.Combine(root, "articles"));

var app = builder.Build();
app.MapGet("/articles/{slug}", (HttpContext context, string slug) =>
{
    if (!pages.TryGetValue(slug, out var page))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
    var response = context.Response;
    var accept = context.Request.Headers.AcceptEncoding.ToString();
    var (body, encoding) =
        page.Brotli is not null && accept.Contains("br", StringComparison.OrdinalIgnoreCase) ? (page.Brotli, "br")
        : page.Gzip is not null && accept.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? (page.Gzip, "gzip")
        : (page.Identity, null);
    response.ContentType = "text/html; charset=utf-8";
    response.ContentLength = body.Length;
    response.Headers.Vary = "Accept-Encoding";
    if (encoding is not null)
    {
        response.Headers.ContentEncoding = new StringValues(encoding);
    }
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();

static FrozenDictionary<string, Page> LoadPages(string articles) =>
    Directory.EnumerateDirectories(articles).ToFrozenDictionary(
        dir => Path.GetFileName(dir),
        dir =>
        {
            var file = Path.Combine(dir, "index.html");
            return new Page(File.ReadAllBytes(file), ReadIfExists(file + ".br"), ReadIfExists(file + ".gz"));
        },
        StringComparer.Ordinal);

static byte[]? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

internal sealed record Page(byte[] Identity, byte[]? Brotli, byte[]? Gzip);
