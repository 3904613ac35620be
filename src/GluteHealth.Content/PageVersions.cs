using System.Collections.Immutable;
using System.Globalization;

namespace GluteHealth.Content;

/// <summary>
/// The snapshot version in which each page last changed, as text for cache keys. A page's key holds its own
/// version rather than the snapshot's, so a change evicts only the pages it touched, and a page rendered from
/// an older snapshot can never be stored where a request for the newer one would find it.
/// </summary>
public sealed class PageVersions
{
    private readonly string _site;
    private readonly string _listings;
    private readonly ImmutableDictionary<string, string> _articles;
    private readonly ImmutableDictionary<string, string> _topics;

    private PageVersions(string site, string listings, ImmutableDictionary<string, string> articles, ImmutableDictionary<string, string> topics)
    {
        _site = site;
        _listings = listings;
        _articles = articles;
        _topics = topics;
    }

    internal static PageVersions Empty { get; } = new("0", "0", ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    /// <summary>For pages that show only site-wide content (the topic navigation), such as the about page.</summary>
    public string Site => _site;

    public string Listings => _listings;

    public string OfArticle(string slug) => _articles.GetValueOrDefault(slug) ?? _site;

    public string OfTopic(string key) => _topics.GetValueOrDefault(key) ?? _site;

    internal PageVersions After(ContentChange change, long version)
    {
        if (change.IsEmpty)
        {
            return this;
        }
        var text = version.ToString(CultureInfo.InvariantCulture);
        if (change.Everything)
        {
            // Every page moves to this version; the per-page entries would all say the same, so they start afresh.
            return new PageVersions(text, text, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);
        }
        return new PageVersions(
            _site,
            change.Listings ? text : _listings,
            _articles.SetItems(change.ArticleSlugs.Select(slug => KeyValuePair.Create(slug, text))),
            _topics.SetItems(change.TopicKeys.Select(key => KeyValuePair.Create(key, text))));
    }
}
