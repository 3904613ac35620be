using GluteHealth.Web.Listings;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Feeds;

/// <summary>The sitemap protocol's documents: a urlset of pages with their lastmod, and the index over several urlsets.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<PublishedPage> pages, SiteUrls urls) => XmlDocumentWriter.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, urls.Absolute(page.Path));
            xml.WriteElementString("lastmod", Namespace, Dates.Iso(page.LastModified));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>A sitemapindex naming <c>/sitemap-1.xml</c>… for each part, with its newest lastmod.</summary>
    public static byte[] WriteIndex(IReadOnlyList<PublishedPage[]> parts, SiteUrls urls) => XmlDocumentWriter.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        for (var i = 0; i < parts.Count; i++)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, urls.Absolute(SiteUrls.SitemapPart(i + 1)));
            xml.WriteElementString("lastmod", Namespace, Dates.Iso(parts[i].Max(p => p.LastModified)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });
}
