using Microsoft.Extensions.Options;

namespace GluteHealth.Web;

/// <summary>Builds absolute URLs from <see cref="SiteOptions.BaseUrl"/>, never from the request's Host header.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    private readonly string _base = options.Value.BaseUrl.TrimEnd('/');

    public string Absolute(string path) => _base + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(string slug) => "/articles/" + slug;

    public static string Topic(string key) => "/topics/" + key;
}
