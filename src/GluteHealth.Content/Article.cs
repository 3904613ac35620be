using GluteHealth.Content.Images;
using System.Text;

namespace GluteHealth.Content;

/// <summary>A parsed, validated and rendered article. Immutable: shared by every request.</summary>
public sealed class Article
{
    private const int WordsPerMinute = 200;

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> TopicKeys { get; init; }
    public required DateOnly Published { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    /// <summary>The rendered body as UTF-8, the only copy kept: pages write these bytes out as they are.</summary>
    public required ReadOnlyMemory<byte> HtmlUtf8 { get; init; }

    /// <summary>The rendered body as text, decoded on each call (for feeds and tests); nothing keeps this copy.</summary>
    public string Html => Encoding.UTF8.GetString(HtmlUtf8.Span);
    public required IReadOnlyList<ArticleHeading> Headings { get; init; }

    /// <summary>The body's emergency, urgent and see-a-doctor cards, in order.</summary>
    public required IReadOnlyList<CareCard> CareCards { get; init; }

    /// <summary>The body as plain-text blocks (paragraphs, list items, headings), for search and snippets.</summary>
    public required IReadOnlyList<string> TextBlocks { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The file the article came from, relative to the content folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The line of each front matter field, so cross-file problems can point at it.</summary>
    public required IReadOnlyDictionary<string, int> FieldLines { get; init; }

    /// <summary>The drawings the article shows, in order; the first is its Open Graph image.</summary>
    public IReadOnlyList<ArticlePicture> Pictures { get; init; } = [];

    public int ReadingMinutes => Math.Max(1, (WordCount + WordsPerMinute - 1) / WordsPerMinute);
}
