using System.Text;
using System.Xml;

namespace GluteHealth.Web.Feeds;

/// <summary>Writes an XML document to UTF-8 bytes (no BOM), the form every feed endpoint serves.</summary>
internal static class XmlDocumentWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
