using GluteHealth.Content.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Markdown;

/// <summary>A paragraph holding nothing but one picture: rendered as a <c>&lt;figure&gt;</c> with a caption.</summary>
public sealed class FigureBlock : LeafBlock
{
    public FigureBlock(LinkInline picture) : base(null) => Picture = picture;

    public LinkInline Picture { get; }

    /// <summary>The checked drawing, set by the compiler once the path is found in the content folder.</summary>
    public ContentImage? Image { get; set; }
}
