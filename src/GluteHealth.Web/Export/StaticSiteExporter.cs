using System.Net;
using AngleSharp.Html.Parser;

namespace GluteHealth.Web.Export;

/// <summary>
/// Writes the whole site as files a static host serves at the same URLs: each page is asked of the running site
/// (in process, through <see cref="InProcessServer"/>), so every file is byte-for-byte what the server answers.
/// </summary>
public sealed class StaticSiteExporter(InProcessServer server)
{
    public const string NotFoundFile = "404.html";

    /// <summary>Files asked for by their plain names: browsers request /favicon.ico unprompted; the manifest names its icons.</summary>
    public static readonly IReadOnlyList<string> PlainNamedFiles = ["/favicon.ico", "/favicon.svg", "/icon-192.png", "/icon-512.png", "/site.webmanifest"];

    /// <summary>Where a path's answer is written: pages become <c>path/index.html</c>, files keep their name.</summary>
    public static string FileFor(string path) =>
        path == SiteUrls.Home ? "index.html"
        : Path.HasExtension(path) ? path.TrimStart('/')
        : path.TrimStart('/') + "/index.html";

    /// <summary>
    /// Fetches and writes <paramref name="pagePaths"/> (see <see cref="Listings.PublishedPages.Files"/>), up to
    /// <paramref name="parallelism"/> at a time, then the not-found page and every asset the pages refer to.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExportAsync(IReadOnlyList<string> pagePaths, string folder, int parallelism = 1,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var assets = new SortedSet<string>(PlainNamedFiles, StringComparer.Ordinal);
        var done = 0;

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        await Parallel.ForEachAsync(pagePaths, options, async (path, token) =>
        {
            var bytes = await FetchAsync(path, HttpStatusCode.OK, token);
            var file = Write(folder, FileFor(path), bytes.Span);
            var referenced = Path.HasExtension(path) ? [] : AssetPaths(bytes.Span).ToArray();
            lock (written)
            {
                written.Add(file);
                assets.UnionWith(referenced);
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        // Pages finish in any order; the list is returned in path order, the same for every run.
        written.Sort(StringComparer.Ordinal);
        var notFound = await FetchAsync(SiteUrls.NotFound, HttpStatusCode.NotFound, cancellation);
        written.Add(Write(folder, NotFoundFile, notFound.Span));

        foreach (var asset in assets)
        {
            var file = asset.Split('?', '#')[0].TrimStart('/');
            written.Add(Write(folder, file, (await FetchAsync(asset, HttpStatusCode.OK, cancellation)).Span));
        }
        return written;
    }

    private async Task<ReadOnlyMemory<byte>> FetchAsync(string path, HttpStatusCode expected, CancellationToken cancellation)
    {
        var response = await server.GetAsync(path, cancellation);
        if (response.StatusCode != (int)expected)
        {
            throw new InvalidOperationException($"GET {path} answered {response.StatusCode}, expected {(int)expected}");
        }
        return response.Content;
    }

    private static readonly byte[] EndOfHead = "</head>"u8.ToArray();

    /// <summary>
    /// The stylesheet, icons and manifest a page's head refers to. Only the head is parsed: the layout puts every
    /// asset reference there, and a body holds none (pictures are drawn inline, raw HTML in Markdown is shown as
    /// text), so parsing each page's body would cost most of the export's parsing for nothing.
    /// </summary>
    private static IEnumerable<string> AssetPaths(ReadOnlySpan<byte> html)
    {
        var end = html.IndexOf(EndOfHead);
        var head = end < 0 ? html : html[..(end + EndOfHead.Length)];
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(head));
        return document.QuerySelectorAll("link[rel=stylesheet][href], script[src], link[rel=icon][href], link[rel=manifest][href]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));
    }

    // Written synchronously: a page is a few tens of kilobytes into the page cache, and an asynchronous file write is
    // the same system call made on another pool thread.
    private static string Write(string folder, string relative, ReadOnlySpan<byte> bytes)
    {
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        if (!target.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write {relative} outside {folder}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        return relative;
    }
}
