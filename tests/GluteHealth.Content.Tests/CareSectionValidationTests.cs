using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

/// <summary>
/// The "When to see a doctor" section and its care cards. The bodies bring their own section, so the
/// sample's is left out; "Intro.\n\n" puts the section heading on line 12 and its first card on line 14.
/// </summary>
public sealed class CareSectionValidationTests
{
    private const string Intro = "Intro.\n\n";
    private const string Section = "## When to see a doctor\n\n";

    private static ArticleCompilation CompileBody(string body) =>
        Compile.Sample(SampleArticle.Create().WithBody(body).WithoutCareSection());

    private static string Card(string name, string sign) => $":::{name}\n- {sign}\n:::\n\n";

    [Fact]
    public void Article_without_the_section_is_reported_at_its_first_body_line()
    {
        ProblemAssert.Single(CompileBody(Intro + "## Symptoms\n\nAches.\n"), Compile.File, 10, "no '## When to see a doctor' section");
    }

    [Fact]
    public void Article_with_an_empty_body_is_reported_at_the_end_of_its_front_matter()
    {
        ProblemAssert.Single(CompileBody(""), Compile.File, 8, "no '## When to see a doctor' section");
    }

    [Fact]
    public void The_section_heading_must_be_an_h2()
    {
        var compilation = CompileBody(Intro + "## Help\n\n### When to see a doctor\n\n" + Card("see-a-doctor", "Pain lasts"));

        ProblemAssert.Single(compilation, Compile.File, 10, "no '## When to see a doctor' section");
    }

    [Fact]
    public void Section_without_a_see_a_doctor_card_is_reported_at_its_heading()
    {
        var compilation = CompileBody(Intro + Section + Card("emergency", "Sudden weakness") + Card("urgent", "You fell"));

        ProblemAssert.Single(compilation, Compile.File, 12, "the 'When to see a doctor' section has no ':::see-a-doctor' card");
    }

    [Fact]
    public void A_see_a_doctor_card_after_the_section_ends_does_not_count()
    {
        var compilation = CompileBody(Intro + Section + Card("urgent", "You fell") + "## More\n\n" + Card("see-a-doctor", "Pain lasts"));

        ProblemAssert.Single(compilation, Compile.File, 12, "has no ':::see-a-doctor' card");
    }

    [Fact]
    public void A_see_a_doctor_card_in_a_subsection_of_the_section_counts()
    {
        Assert.Empty(CompileBody(Intro + Section + "### Signs to watch\n\n" + Card("see-a-doctor", "Pain lasts")).Problems);
    }

    [Fact]
    public void The_section_is_found_by_its_id_whatever_its_wording()
    {
        Assert.Empty(CompileBody(Intro + "## Getting help {#when-to-see-a-doctor}\n\n" + Card("see-a-doctor", "Pain lasts")).Problems);
    }

    [Fact]
    public void Cards_most_urgent_first_with_tips_between_them_are_accepted()
    {
        var body = Intro + Section + Card("emergency", "Sudden weakness") + Card("emergency", "Chest pain") + Card("tip", "Keep a note")
            + Card("urgent", "You fell") + Card("see-a-doctor", "Pain lasts") + Card("see-a-doctor", "It keeps coming back");

        Assert.Empty(CompileBody(body).Problems);
    }

    [Fact]
    public void Emergency_card_after_an_urgent_card_is_reported_at_the_emergency_card()
    {
        var compilation = CompileBody(Intro + Section + Card("urgent", "You fell") + Card("emergency", "Sudden weakness") + Card("see-a-doctor", "Pain lasts"));

        ProblemAssert.Single(compilation, Compile.File, 18,
            "the ':::emergency' card must come before the ':::urgent' card on line 14: care cards go most urgent first (emergency, urgent, see-a-doctor)");
    }

    [Fact]
    public void Urgent_card_after_a_see_a_doctor_card_is_reported_at_the_urgent_card()
    {
        var compilation = CompileBody(Intro + Section + Card("see-a-doctor", "Pain lasts") + Card("urgent", "You fell"));

        ProblemAssert.Single(compilation, Compile.File, 18, "the ':::urgent' card must come before the ':::see-a-doctor' card on line 14");
    }

    [Fact]
    public void Every_card_out_of_order_is_reported_against_the_least_urgent_card_before_it()
    {
        var compilation = CompileBody(Intro + Section + Card("see-a-doctor", "Pain lasts") + Card("urgent", "You fell") + Card("emergency", "Sudden weakness"));

        Assert.Null(compilation.Article);
        Assert.Equal(2, compilation.Problems.Count);
        ProblemAssert.Contains(compilation.Problems, Compile.File, 18, "':::urgent' card must come before the ':::see-a-doctor' card on line 14");
        ProblemAssert.Contains(compilation.Problems, Compile.File, 22, "':::emergency' card must come before the ':::see-a-doctor' card on line 14");
    }

    [Fact]
    public void Care_cards_outside_the_section_are_not_ordered_with_it()
    {
        var body = Intro + "## Symptoms\n\n" + Card("see-a-doctor", "Pain lasts") + Section + Card("emergency", "Sudden weakness") + Card("see-a-doctor", "Pain lasts");

        Assert.Empty(CompileBody(body).Problems);
    }

    [Fact]
    public void Unknown_container_in_the_section_is_reported_at_its_line()
    {
        var compilation = CompileBody(Intro + Section + Card("call-911", "Sudden weakness") + Card("see-a-doctor", "Pain lasts"));

        ProblemAssert.Single(compilation, Compile.File, 14, "unknown container ':::call-911' (known: emergency, urgent, see-a-doctor, tip, exercise)");
    }
}
