using GluteHealth.Content.Markdown;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class CalloutRenderingTests
{
    [Theory]
    [InlineData("emergency", "callout callout-emergency", "Call 911 or go to the emergency room now if:")]
    [InlineData("urgent", "callout callout-urgent", "Get medical help today if:")]
    [InlineData("see-a-doctor", "callout callout-doctor", "See a doctor if:")]
    [InlineData("tip", "callout callout-tip", "Tip")]
    public void Callout_renders_a_card_with_its_heading_one_level_below_an_h2_section(string name, string cssClass, string title)
    {
        var article = Compile.Body($"## Warning signs\n\n:::{name}\n- Numbness\n:::\n");

        Assert.Contains($"<div class=\"{cssClass}\">\n<h3 class=\"callout-title\">", article.Html, StringComparison.Ordinal);
        Assert.Contains($"</span> {title}</h3>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Numbness</li>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergency_card_says_its_level_in_its_heading_and_hides_its_icon_from_screen_readers()
    {
        var article = Compile.Body("## When to see a doctor\n\n:::emergency\n- Sudden weakness in your leg\n:::\n\n:::see-a-doctor\n- Pain lasts\n:::\n");

        Assert.Contains("<div class=\"callout callout-emergency\">\n<h3 class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">!!</span> Call 911 or go to the emergency room now if:</h3>\n<ul>\n<li>Sudden weakness in your leg</li>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_three_care_levels_have_different_headings_classes_and_icons()
    {
        HealthCallout[] levels = [HealthCallout.Emergency, HealthCallout.Urgent, HealthCallout.SeeADoctor];

        Assert.Equal(3, levels.Select(l => l.Title).Distinct().Count());
        Assert.Equal(3, levels.Select(l => l.CssClass).Distinct().Count());
        Assert.Equal(3, levels.Select(l => l.Icon).Distinct().Count());
    }

    [Fact]
    public void Care_cards_are_listed_in_order_with_their_level_and_plain_text_and_tips_are_not()
    {
        var body = "## Symptoms\n\n:::tip\nRest.\n:::\n\n## When to see a doctor\n\n:::emergency\n- Sudden **weakness** in a leg\n- Chest pain\n:::\n\n:::see-a-doctor\nIf the pain lasts.\n:::\n";
        var article = Compile.Valid(SampleArticle.Create().WithBody(body).WithoutCareSection());

        Assert.Equal([HealthCallout.Emergency, HealthCallout.SeeADoctor], article.CareCards.Select(c => c.Level));
        Assert.Equal(["Sudden weakness in a leg", "Chest pain"], article.CareCards[0].Text);
        Assert.Equal(["If the pain lasts."], article.CareCards[1].Text);
    }

    [Fact]
    public void Callout_inside_an_h3_section_gets_an_h4_heading()
    {
        var article = Compile.Body("## When to see a doctor\n\n### Signs\n\n:::see-a-doctor\n- Pain lasts\n:::\n");

        Assert.Contains("<h4 class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">+</span> See a doctor if:</h4>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Callout_before_any_heading_gets_an_h2_heading()
    {
        var article = Compile.Body(":::urgent\n- Sudden weakness\n:::\n");

        Assert.Contains("<h2 class=\"callout-title\">", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Callout_heading_level_follows_the_section_it_is_in()
    {
        var article = Compile.Body("## A\n\n### B\n\n:::tip\nOne.\n:::\n\n## C\n\n:::tip\nTwo.\n:::\n");

        var first = article.Html.IndexOf("<h4 class=\"callout-title\">", StringComparison.Ordinal);
        var second = article.Html.IndexOf("<h3 class=\"callout-title\">", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, article.Html);
    }

    [Fact]
    public void Callout_headings_are_not_listed_as_article_headings()
    {
        var article = Compile.Body("## Help\n\n:::urgent\n- Sudden weakness\n:::\n");

        Assert.Equal(["help", CareSection.Id], article.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Exercise_marks_the_dose_paragraph_and_the_numbered_steps()
    {
        var article = Compile.Body("## What you can do\n\n:::exercise\nHold for 30 seconds. Repeat 3 times.\n\n1. Lie on your back.\n2. Lift your hips.\n:::\n");

        Assert.Contains("<div class=\"exercise\">\n<p class=\"exercise-dose\">Hold for 30 seconds. Repeat 3 times.</p>\n<ol class=\"exercise-steps\">\n<li>Lie on your back.</li>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Exercise_classes_are_only_given_inside_exercise_containers()
    {
        var article = Compile.Body("A paragraph.\n\n1. A step.\n\n:::tip\nA tip.\n\n1. Not an exercise.\n:::\n");

        Assert.DoesNotContain("exercise-dose", article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("exercise-steps", article.Html, StringComparison.Ordinal);
    }
}
