using System.Xml;
using GluteHealth.Content;
using GluteHealth.Web.Listings;

namespace GluteHealth.Web.Feeds;

/// <summary>An Atom 1.0 feed (RFC 4287) carrying the newest articles with their full content.</summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="entryCount">How many articles, newest first (<see cref="SnapshotListings.Newest"/>).</param>
    public static byte[] Write(ContentSnapshot snapshot, SiteUrls urls, SiteOptions site, int entryCount)
    {
        return XmlDocumentWriter.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, urls.Absolute(SiteUrls.Home));
            xml.WriteElementString("title", Atom, site.Name);
            xml.WriteElementString("subtitle", Atom, site.Tagline);
            xml.WriteElementString("updated", Atom, Timestamp(snapshot.LastModified));
            Link(xml, "self", urls.Absolute(SiteUrls.Feed), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(SiteUrls.Home), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Publisher);
            xml.WriteEndElement();

            foreach (var article in SnapshotListings.Of(snapshot).Newest.Take(entryCount))
            {
                var url = urls.Absolute(SiteUrls.Article(article.Slug));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, article.Title);
                xml.WriteElementString("published", Atom, Timestamp(article.Published));
                xml.WriteElementString("updated", Atom, Timestamp(article.Reviewed));
                Link(xml, "alternate", url, "text/html");
                foreach (var topic in snapshot.TopicsOf(article))
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", topic.Key);
                    xml.WriteAttributeString("label", topic.Name);
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", Atom, article.Summary);
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                // Article bodies link with site paths; xml:base lets feed readers resolve them.
                xml.WriteAttributeString("xml", "base", null, urls.Absolute(SiteUrls.Article(article.Slug)));
                xml.WriteString(article.Html);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
