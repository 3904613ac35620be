using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Markdown;

/// <summary>
/// Everything the compiler checks and keeps from a parsed document, gathered in one walk in document order (each
/// block, then the inlines inside it): what walking the tree once per question used to find, with each block's
/// plain text worked out once.
/// </summary>
internal sealed class DocumentWalk
{
    private readonly Stack<Inline> _inlines = new();
    private readonly List<(HealthCallout Level, List<string> Text)> _cards = [];
    private readonly List<int> _openCards = [];

    private DocumentWalk()
    {
    }

    /// <summary>H1 headings and containers of an unknown kind, in document order.</summary>
    public List<Block> MisplacedBlocks { get; } = [];

    /// <summary>Links that are not pictures.</summary>
    public List<LinkInline> Links { get; } = [];

    public List<AutolinkInline> Autolinks { get; } = [];

    /// <summary>Image links, wherever they are.</summary>
    public List<LinkInline> Pictures { get; } = [];

    public List<FigureBlock> Figures { get; } = [];

    /// <summary>The H2 and H3 headings directly in the document, with their plain text.</summary>
    public List<(HeadingBlock Heading, string Text)> SectionHeadings { get; } = [];

    /// <summary>The non-empty plain text of every paragraph and heading.</summary>
    public List<string> TextBlocks { get; } = [];

    /// <summary>The emergency, urgent and see-a-doctor cards, in the order they open, with the text of every paragraph in each.</summary>
    public IReadOnlyList<CareCard> CareCards => [.. _cards.Select(c => new CareCard(c.Level, c.Text.ToArray()))];

    public static DocumentWalk Of(MarkdownDocument document)
    {
        var walk = new DocumentWalk();
        walk.VisitChildren(document);
        return walk;
    }

    private void VisitChildren(ContainerBlock container)
    {
        // Markdig bounds block nesting (128), so recursing over blocks is safe; inlines nest far deeper and use a stack.
        for (var i = 0; i < container.Count; i++)
        {
            Visit(container[i]);
        }
    }

    private void Visit(Block block)
    {
        var opensCard = false;
        switch (block)
        {
            case HeadingBlock heading:
                if (heading.Level == 1)
                {
                    MisplacedBlocks.Add(heading);
                }
                var headingText = MarkdownText.Of(heading);
                // The section link renderer writes the same text: it takes it from here rather than working it out again.
                heading.SetData(MarkdownText.DataKey, headingText);
                AddText(headingText, toCards: false);
                if (heading.Level is 2 or 3 && heading.Parent is MarkdownDocument)
                {
                    SectionHeadings.Add((heading, headingText));
                }
                break;
            case ParagraphBlock paragraph:
                AddText(MarkdownText.Of(paragraph), toCards: true);
                break;
            case FigureBlock figure:
                Figures.Add(figure);
                break;
            case CustomContainer container:
                var callout = HealthCallout.Find(container.Info);
                if (callout is null)
                {
                    MisplacedBlocks.Add(container);
                }
                else if (HealthCallout.CareLevels.Contains(callout))
                {
                    _openCards.Add(_cards.Count);
                    _cards.Add((callout, []));
                    opensCard = true;
                }
                break;
        }

        if (block is LeafBlock { Inline: { } inline })
        {
            VisitInlines(inline);
        }
        else if (block is ContainerBlock container)
        {
            VisitChildren(container);
        }
        if (opensCard)
        {
            _openCards.RemoveAt(_openCards.Count - 1);
        }
    }

    private void AddText(string text, bool toCards)
    {
        if (text.Length == 0)
        {
            return;
        }
        TextBlocks.Add(text);
        if (toCards)
        {
            // A paragraph belongs to every card it sits in, a nested card's as well as the one around it.
            foreach (var card in _openCards)
            {
                _cards[card].Text.Add(text);
            }
        }
    }

    private void VisitInlines(ContainerInline root)
    {
        PushChildren(root);
        while (_inlines.TryPop(out var inline))
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } picture:
                    Pictures.Add(picture);
                    break;
                case LinkInline link:
                    Links.Add(link);
                    break;
                case AutolinkInline autolink:
                    Autolinks.Add(autolink);
                    break;
            }
            if (inline is ContainerInline container)
            {
                PushChildren(container);
            }
        }
    }

    private void PushChildren(ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            _inlines.Push(child);
        }
    }
}
