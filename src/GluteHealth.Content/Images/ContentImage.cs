namespace GluteHealth.Content.Images;

/// <summary>
/// One checked SVG drawing from the content folder's <c>images/</c> folder: its bytes (served as they are), its
/// fingerprinted URL, its size, and the markup that is written inline into the pages that use it.
/// </summary>
public sealed class ContentImage
{
    /// <summary>The path as articles write it, relative to the content folder: <c>images/clamshell.svg</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Hex of the file's hash; part of <see cref="Url"/>, so an edited file gets a new URL.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The site path the file is served at: <c>/images/clamshell.3f2a….svg</c>.</summary>
    public required string Url { get; init; }

    public required byte[] Bytes { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required string ViewBox { get; init; }

    /// <summary>The root element's checked presentation attributes, already escaped (for the inline copy).</summary>
    public required string RootAttributes { get; init; }

    /// <summary>The root element's class (for example a layout hint such as <c>figure-tall</c>), or empty.</summary>
    public required string RootClass { get; init; }

    /// <summary>The checked children of the root element, re-serialised from the allowed elements and attributes only.</summary>
    public required string InnerMarkup { get; init; }

    /// <summary>The words drawn as text in the picture; the page must say them too (in the alt text or caption).</summary>
    public required IReadOnlyList<string> Labels { get; init; }
}
