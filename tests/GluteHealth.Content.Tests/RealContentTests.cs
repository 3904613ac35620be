using System.Net;
using System.Text.RegularExpressions;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>The articles in the repository's <c>content/</c> folder meet the editorial standard.</summary>
public sealed partial class RealContentTests(RealContentFixture content) : IClassFixture<RealContentFixture>
{
    private static readonly string[] SectionIds = ["causes", "symptoms", "what-you-can-do", "when-to-see-a-doctor"];

    public static TheoryData<string> Files => new(RepositoryContent.ArticleFiles());

    [Fact]
    public void Content_loads_with_no_problems()
    {
        Assert.Empty(content.Snapshot.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void There_are_five_articles_and_every_file_is_served()
    {
        Assert.Equal(5, RepositoryContent.ArticleFiles().Count());
        Assert.Equal(RepositoryContent.ArticleFiles(), content.Snapshot.Articles.Select(a => a.SourceFile).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_drawing_is_small_and_drawn_in_the_page_colours()
    {
        Assert.NotEmpty(content.Snapshot.Images.All);
        Assert.All(content.Snapshot.Images.All, image =>
        {
            Assert.True(image.Bytes.Length < 8 * 1024, $"{image.Path} is {image.Bytes.Length:N0} bytes; drawings stay under 8 KB");
            Assert.Contains("stroke=\"currentColor\"", System.Text.Encoding.UTF8.GetString(image.Bytes), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_anatomy_diagram_is_shown_where_the_articles_say_where_the_muscles_are()
    {
        string[] expected = ["dead-butt-syndrome", "gluteus-medius-training", "sagging-butt-tight-hip-flexors"];

        var showing = content.Snapshot.Articles.Where(a => a.Pictures.Any(p => p.Image.Path == "images/glute-muscles.svg")).Select(a => a.Slug);

        Assert.Equal(expected, showing.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Topic_list_has_five_to_eight_topics_each_used_by_an_article()
    {
        Assert.InRange(content.Snapshot.Topics.Count, 5, 8);
        Assert.All(content.Snapshot.Topics, t => Assert.NotEmpty(content.Snapshot.ArticlesIn(t.Key)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Article_file_is_named_after_its_slug(string file)
    {
        Assert.Equal(file, content.ArticleFrom(file).Slug + ".md");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Article_has_500_to_1000_words(string file)
    {
        Assert.InRange(content.ArticleFrom(file).WordCount, 500, 1000);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Article_has_the_four_standard_sections_in_order(string file)
    {
        var h2Ids = content.ArticleFrom(file).Headings.Where(h => h.Level == 2).Select(h => h.Id);

        Assert.Equal(SectionIds, h2Ids.Where(SectionIds.Contains));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void When_to_see_a_doctor_has_emergency_then_urgent_then_see_a_doctor_cards(string file)
    {
        var section = Section(content.ArticleFrom(file).Html, "when-to-see-a-doctor");

        var levels = CareCard().Matches(section).Select(m => m.Groups["level"].Value).ToArray();

        Assert.Equal(levels.OrderBy(l => Array.IndexOf(CareLevels, l)), levels);
        Assert.Equal(CareLevels, levels.Distinct());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_exercise_dose_is_one_its_source_gives_for_that_exercise(string file)
    {
        var article = content.ArticleFrom(file);
        var exercises = SourcedFigures.ExercisesFor(file);

        var cards = ExerciseCard().Matches(article.Html);

        Assert.NotEmpty(cards);
        foreach (var card in cards.Cast<Match>())
        {
            var heading = NameOf(article, card.Index);
            var doses = DoseFigures.In(WebUtility.HtmlDecode(card.Groups["dose"].Value));
            var sourced = exercises.SingleOrDefault(e => e.Heading == heading)?.Doses ?? [];

            Assert.All(doses, dose => Assert.True(sourced.Contains(dose),
                $"'{heading}' gives '{dose}', which source {SourcedFigures.SourceOf(file)} does not give for it (it gives: {string.Join(", ", sourced)})"));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_figure_in_the_text_is_one_its_source_gives(string file)
    {
        var allowed = SourcedFigures.FiguresFor(file);

        var figures = content.ArticleFrom(file).TextBlocks.SelectMany(DoseFigures.In);

        Assert.All(figures, figure => Assert.True(allowed.Contains(figure),
            $"'{figure}' is not a figure source {SourcedFigures.SourceOf(file)} gives (it gives: {string.Join(", ", allowed)})"));
    }

    [Fact]
    public void Every_dose_a_source_gives_appears_in_its_article()
    {
        foreach (var (file, source) in SourcedFigures.SourceOfArticle)
        {
            var figures = content.ArticleFrom(file).TextBlocks.SelectMany(DoseFigures.In).ToHashSet(StringComparer.Ordinal);

            Assert.All(SourcedFigures.ExercisesBySource[source].SelectMany(e => e.Doses), dose => Assert.Contains(dose, figures));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Article_has_at_least_one_exercise(string file)
    {
        var html = content.ArticleFrom(file).Html;

        Assert.Contains("<div class=\"exercise\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"exercise-steps\">", html, StringComparison.Ordinal);
    }

    private static readonly string[] CareLevels = ["emergency", "urgent", "doctor"];

    [GeneratedRegex("<div class=\"callout callout-(?<level>emergency|urgent|doctor)\">")]
    private static partial Regex CareCard();

    /// <summary>An exercise card and its dose line (the card's first paragraph).</summary>
    [GeneratedRegex("<div class=\"exercise\">\\s*<p class=\"exercise-dose\">(?<dose>.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ExerciseCard();

    /// <summary>The exercise's name: the text of the last H3 before the card.</summary>
    private static string NameOf(Article article, int cardIndex)
    {
        var h3 = article.Html.LastIndexOf("<h3 id=\"", cardIndex, StringComparison.Ordinal);
        Assert.True(h3 >= 0, "an exercise card with no H3 before it");
        var id = article.Html[(h3 + "<h3 id=\"".Length)..article.Html.IndexOf('"', h3 + "<h3 id=\"".Length)];
        return Assert.Single(article.Headings, h => h.Id == id).Text;
    }

    /// <summary>The HTML from the H2 with this id up to the next H2 (or the end).</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no h2 with id '{id}'");
        var next = html.IndexOf("<h2 id=", start + 1, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }
}
