using GluteHealth.Content.Markdown;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class RenderingTests
{
    private static readonly ArticleHeading CareHeading = new(2, CareSection.Id, "When to see a doctor");

    /// <summary>What the sample's own "When to see a doctor" section adds: its heading and its one list item.</summary>
    private static readonly int CareSectionWords = Compile.Body("").WordCount;

    [Fact]
    public void Non_ascii_heading_keeps_its_letters_in_the_id()
    {
        var article = Compile.Body("## Über Gesäßschmerzen\n\nText.\n");

        Assert.Contains("<h2 id=\"über-gesäßschmerzen\">Über Gesäßschmerzen</h2>", article.Html, StringComparison.Ordinal);
        Assert.Equal("über-gesäßschmerzen", article.Headings[0].Id);
    }

    [Fact]
    public void Repeated_heading_gets_a_unique_id()
    {
        var article = Compile.Body("## Stretches\n\nOne.\n\n## Stretches\n\nTwo.\n");

        Assert.Equal(["stretches", "stretches-1", CareSection.Id], article.Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"stretches-1\">", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_is_linked_by_its_id_and_a_bracketed_heading_text_stays_text()
    {
        var article = Compile.Body("## Stretches\n\nSee [the stretches](#stretches) and [Stretches].\n");

        Assert.Contains("<a href=\"#stretches\">the stretches</a>", article.Html, StringComparison.Ordinal);
        Assert.Contains("and [Stretches].", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_id_wins_over_the_generated_one()
    {
        var article = Compile.Body("## How it feels {#symptoms}\n\nText.\n");

        Assert.Contains("<h2 id=\"symptoms\">How it feels</h2>", article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("how-it-feels", article.Html, StringComparison.Ordinal);
        Assert.Equal(new ArticleHeading(2, "symptoms", "How it feels"), article.Headings[0]);
    }

    [Fact]
    public void Every_h2_and_h3_gets_a_section_link_to_its_id()
    {
        var article = Compile.Body("## First\n\nA.\n\n### Über uns\n\nB.\n\n## Second {#two}\n\nC.\n\n#### Too deep\n\nD.\n");

        Assert.Equal(4, article.Headings.Count); // three in the body, and the sample's care section
        foreach (var heading in article.Headings)
        {
            Assert.Contains($"<a class=\"section-link\" href=\"#{Uri.EscapeDataString(heading.Id)}\">", article.Html, StringComparison.Ordinal);
        }
        Assert.Equal(4, CountOf(article.Html, "class=\"section-link\""));
    }

    [Fact]
    public void Headings_list_h2_and_h3_in_order_with_ids_and_plain_text()
    {
        var article = Compile.Body("## What *causes* it {#causes}\n\nA.\n\n### Common causes\n\nB.\n\n#### Detail\n\nC.\n\n## Symptoms\n\nD.\n");

        Assert.Equal(
            [new ArticleHeading(2, "causes", "What causes it"), new ArticleHeading(3, "common-causes", "Common causes"), new ArticleHeading(2, "symptoms", "Symptoms"), CareHeading],
            article.Headings);
    }

    [Fact]
    public void Tables_render_as_html_tables()
    {
        var article = Compile.Body("| Stretch | Hold |\n| --- | --- |\n| Figure four | 30 seconds |\n");

        Assert.Contains("<table>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<th>Stretch</th>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<td>30 seconds</td>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordered_and_unordered_lists_render()
    {
        var article = Compile.Body("1. Lie down.\n2. Lift.\n\nText.\n\n- Rest\n- Ice\n");

        Assert.Contains("<ol>\n<li>Lie down.</li>\n<li>Lift.</li>\n</ol>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>Rest</li>\n<li>Ice</li>\n</ul>", article.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Some <b onclick=\"x()\">bold</b> text.", "&lt;b onclick=&quot;x()&quot;&gt;")]
    [InlineData("<div onclick=\"x()\">block</div>", "&lt;div onclick=&quot;x()&quot;&gt;")]
    public void Raw_html_in_the_body_is_escaped_not_passed_through(string body, string escaped)
    {
        var article = Compile.Body(body + "\n");

        Assert.Contains(escaped, article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick=\"", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_pipeline_renders_the_same_html_as_the_compiler()
    {
        const string body = "## Heading\n\n- a\n- b\n\n:::tip\nDrink water.\n:::\n";
        var article = Compile.Body(body);

        var html = Markdig.Markdown.ToHtml(SampleArticle.Create().WithBody(body).Text(), ArticleMarkdown.Pipeline);

        Assert.Equal(article.Html, html);
    }

    [Fact]
    public void Word_count_counts_words_in_paragraphs_headings_and_list_items_but_not_punctuation()
    {
        var article = Compile.Body("One two three.\n\n## Four five\n\n- six\n- seven - eight\n");

        Assert.Equal(8, article.WordCount - CareSectionWords);
    }

    [Theory]
    [InlineData(11, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(400, 2)]
    [InlineData(401, 3)]
    public void Reading_minutes_are_words_over_200_rounded_up(int words, int minutes)
    {
        var article = Compile.Body(string.Join(' ', Enumerable.Repeat("word", words - CareSectionWords)) + "\n");

        Assert.Equal(words, article.WordCount);
        Assert.Equal(minutes, article.ReadingMinutes);
    }

    [Fact]
    public void Text_blocks_hold_the_plain_text_of_paragraphs_and_headings()
    {
        var article = Compile.Body("Intro with **bold** and [a link](https://example.org).\n\n## Heading\n");

        Assert.Equal(["Intro with bold and a link.", "Heading", "When to see a doctor", "It does not get better."], article.TextBlocks);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
