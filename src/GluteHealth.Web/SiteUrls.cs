using System.Globalization;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web;

/// <summary>
/// The one place the site's paths are spelled: pages, views, feeds, the sitemap and the export all ask here.
/// Absolute URLs are built from <see cref="SiteOptions.BaseUrl"/>, never from the request's Host header.
/// </summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public const string Home = "/";

    public const string About = "/about";

    public const string Topics = "/topics";

    public const string AToZ = "/a-z";

    public const string Search = "/search";

    public const string Feed = "/feed.xml";

    public const string Sitemap = "/sitemap.xml";

    public const string Robots = "/robots.txt";

    public const string NotFound = "/not-found";

    private readonly string _base = options.Value.BaseUrl.TrimEnd('/');

    public string Absolute(string path) => _base + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(string slug) => "/articles/" + slug;

    public static string Topic(string key) => "/topics/" + key;

    /// <summary>Page <paramref name="number"/> of a topic; page 1 is the topic's own address.</summary>
    public static string Topic(string key, int number) => Paged(Topic(key), number);

    /// <summary>The A–Z page of one letter key (<c>a</c>…<c>z</c>, <c>0-9</c>).</summary>
    public static string Letter(string letter) => AToZ + "/" + letter;

    public static string Letter(string letter, int number) => Paged(Letter(letter), number);

    /// <summary>Page <paramref name="number"/> of the results for <paramref name="query"/>; page 1 carries no number.</summary>
    public static string SearchResults(string query, int number) =>
        Search + "?q=" + Uri.EscapeDataString(query) + (number <= 1 ? "" : "&page=" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>One file of a sitemap split into several, numbered from 1.</summary>
    public static string SitemapPart(int number) => "/sitemap-" + number.ToString(CultureInfo.InvariantCulture) + ".xml";

    private static string Paged(string first, int number) =>
        number <= 1 ? first : first + "/page/" + number.ToString(CultureInfo.InvariantCulture);
}
