using GluteHealth.Content.Search;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class SearchIndexUpdateTests
{
    private static Article Article(string slug, string title, string body) =>
        Compile.Valid(SampleArticle.Create(slug, title).WithBody(body));

    private static readonly string[] Queries = ["cramp", "glute pain", "stretch hip", "sitting desk", "calf", "zebra", "walking"];

    private static readonly Article[] Start =
    [
        Article("a", "Night cramps", "A cramp in the calf wakes you. Stretch the calf.\n"),
        Article("b", "Desk work", "Sitting at a desk all day stiffens the hips. Stretch your hip flexors.\n"),
        Article("c", "Glute pain", "Glute pain after sitting; walking helps.\n"),
        Article("d", "Walking", "Walking eases glute pain and calf cramps.\n"),
    ];

    private static IEnumerable<string> Answers(SearchIndex index) =>
        Queries.SelectMany(q => index.Search(q).Select(h => $"{q}: {h.Article.Slug} {h.Score:R} {h.Snippet.Text}"));

    [Fact]
    public void Updating_adding_and_removing_gives_the_same_results_as_a_full_build()
    {
        var changedB = Article("b", "Desk work", "A standing desk: sitting less eases the hips and glute pain.\n");
        var added = Article("e", "Calf cramps at night", "Calf cramp, cramp and more cramp.\n");

        var updated = SearchIndex.Build(Start)
            .Apply([Start[1]], [changedB])
            .Apply([], [added])
            .Apply([Start[0]], []);
        var full = SearchIndex.Build([changedB, Start[2], Start[3], added]);

        Assert.Equal(Answers(full), Answers(updated));
        Assert.DoesNotContain(updated.Search("night"), h => h.Article.Slug == "a");
        Assert.Equal("e", updated.Search("cramp")[0].Article.Slug);
    }

    [Fact]
    public void A_renamed_article_is_found_under_its_new_slug_only()
    {
        var renamed = Article("night-cramps", "Night cramps", "A cramp in the calf wakes you. Stretch the calf.\n");

        var updated = SearchIndex.Build(Start).Apply([Start[0]], [renamed]);

        Assert.Equal(["night-cramps"], updated.Search("wakes").Select(h => h.Article.Slug));
    }

    [Fact]
    public void An_older_index_keeps_answering_from_its_own_articles()
    {
        var first = SearchIndex.Build(Start);
        var changedA = Article("a", "Night cramps", "Now about zebras only.\n");

        var second = first.Apply([Start[0]], [changedA]);

        Assert.Equal(["a"], first.Search("wakes").Select(h => h.Article.Slug));
        Assert.Same(Start[0], first.Search("wakes")[0].Article);
        Assert.Empty(first.Search("zebra"));
        Assert.Empty(second.Search("wakes"));
        Assert.Same(changedA, Assert.Single(second.Search("zebra")).Article);
    }

    [Fact]
    public void Applying_to_an_index_that_is_no_longer_the_latest_starts_over_from_its_own_articles()
    {
        var first = SearchIndex.Build(Start);
        var changedA = Article("a", "Night cramps", "Now about zebras only.\n");
        var added = Article("e", "Yak", "Yaks do not cramp.\n");
        _ = first.Apply([Start[0]], [changedA]);

        var branch = first.Apply([], [added]);

        Assert.Equal(Answers(SearchIndex.Build([.. Start, added])), Answers(branch));
    }

    [Fact]
    public void Nothing_changed_gives_the_same_index()
    {
        var index = SearchIndex.Build(Start);

        Assert.Same(index, index.Apply([], []));
    }

    [Fact]
    public async Task A_background_build_is_not_ready_until_it_is_let_go_and_changes_wait_for_it()
    {
        var hold = new TaskCompletionSource();
        var building = SearchIndex.StartBuild(Start, hold.Task);
        var added = Article("e", "Yak", "Yaks do not cramp.\n");

        var next = building.Apply([], [added]);

        Assert.False(building.IsReady);
        Assert.False(next.IsReady);
        hold.SetResult();
        await next.WhenReady;
        Assert.True(building.IsReady);
        Assert.Equal(["e"], next.Search("yak").Select(h => h.Article.Slug));
        Assert.Empty(building.Search("yak"));
    }

    [Fact]
    public void Many_updates_in_a_row_keep_every_index_answering()
    {
        var index = SearchIndex.Build(Start);
        var indexes = new List<SearchIndex> { index };
        for (var i = 0; i < 5; i++)
        {
            index = index.Apply([], [Article($"n{i}", $"New {i}", $"Marker{i}x text.\n")]);
            indexes.Add(index);
        }

        // The two newest answer from their own view; older ones may answer from a newer view once theirs is
        // retired, but never fail.
        Assert.Single(indexes[^1].Search("marker4x"));
        Assert.Empty(indexes[^2].Search("marker4x"));
        Assert.All(indexes, i => Assert.Single(i.Search("wakes")));
    }

    [Fact]
    public void A_new_index_counts_the_terms_of_each_field_as_the_analyser_gives_them()
    {
        var awkward = Article("f", "The hip's deep muscle, piriformis:why",
            "## Café: what is it?\n\nThe glute's ache and the hamstrings' pull, a:b, "
            + new string('x', 80) + " and Ärger — stop words are not counted.\n");
        Article[] articles = [.. Start, awkward];

        var view = new IndexLineage(articles).Latest;

        foreach (var (name, _, text) in SearchFields.Weighted)
        {
            var analysed = articles.SelectMany(text).Sum(t => (long)SearchTerms.Tokens(t).Count);
            Assert.True(analysed > 0, $"{name} has no terms to count");
            Assert.Equal((name, analysed), (name, view.FieldLengths[name]));
        }
    }

    [Fact]
    public void An_unbuilt_index_is_never_ready_and_changes_leave_it_unbuilt()
    {
        var changed = SearchIndex.Unbuilt.Apply([], [Start[0]]);

        Assert.Same(SearchIndex.Unbuilt, changed);
        Assert.False(changed.IsReady);
    }

    [Fact]
    public void A_loader_told_to_build_no_search_index_gives_snapshots_without_one()
    {
        using var folder = new TempContentFolder();
        folder.WithTopics("pain").Write("a.md", SampleArticle.Create("a", "Night cramps"));

        var snapshot = new ContentLoader(new ArticleCompiler(), buildSearchIndex: false).Load(folder.Path);

        Assert.Single(snapshot.Articles);
        Assert.Same(SearchIndex.Unbuilt, snapshot.Search);
    }
}
