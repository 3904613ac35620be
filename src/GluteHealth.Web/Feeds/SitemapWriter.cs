using GluteHealth.Content;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Feeds;

/// <summary>The sitemap protocol's urlset: every page, articles with their review date as lastmod.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(ContentSnapshot snapshot, SiteUrls urls)
    {
        var newest = Dates.Iso(snapshot.LastModified);
        return XmlDocumentWriter.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            void Url(string path, string lastmod)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(path));
                xml.WriteElementString("lastmod", Namespace, lastmod);
                xml.WriteEndElement();
            }

            Url("/", newest);
            Url("/topics", newest);
            foreach (var topic in snapshot.Topics)
            {
                var articles = snapshot.ArticlesIn(topic.Key);
                Url(SiteUrls.Topic(topic.Key), articles.Count == 0 ? newest : Dates.Iso(articles.Max(a => a.Reviewed)));
            }
            foreach (var article in snapshot.Articles)
            {
                Url(SiteUrls.Article(article.Slug), Dates.Iso(article.Reviewed));
            }
            Url("/about", newest);
            xml.WriteEndElement();
        });
    }
}
