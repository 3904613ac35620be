using GluteHealth.Content.Search;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed class TermMatchCacheTests
{
    private static readonly IndexView View = new IndexLineage(
    [
        Compile.Valid(SampleArticle.Create("a", "Night cramps").WithBody("A cramp in the calf wakes you.\n")),
        Compile.Valid(SampleArticle.Create("b", "Desk work").WithBody("Sitting all day stiffens the hips.\n")),
    ]).Latest;

    private static readonly string Cramp = SearchTerms.Term("cramp")!;
    private static readonly string Hip = SearchTerms.Term("hips")!;

    [Fact]
    public void A_term_is_worked_out_once_while_the_budget_lasts()
    {
        var cache = new TermMatchCache(1 << 20);
        var computed = new List<string>();

        var first = cache.GetOrAdd(Cramp, Counting(computed));
        var second = cache.GetOrAdd(Cramp, Counting(computed));

        Assert.Same(first, second);
        Assert.Equal([Cramp], computed);
        // Documents are numbered in the order the index took the articles, which is not the order given.
        Assert.Equal(["a"], first.Docs.Select(doc => View.ArticleAt(doc).Slug));
    }

    [Fact]
    public void Past_its_budget_the_cache_starts_again_empty()
    {
        var oneEntry = 300;
        var cache = new TermMatchCache(oneEntry);
        var computed = new List<string>();

        cache.GetOrAdd(Cramp, Counting(computed));
        cache.GetOrAdd(Hip, Counting(computed));
        cache.GetOrAdd(Hip, Counting(computed));
        cache.GetOrAdd(Cramp, Counting(computed));

        Assert.Equal([Cramp, Hip, Cramp], computed);
    }

    [Fact]
    public void An_entry_larger_than_the_budget_is_answered_but_not_kept()
    {
        var cache = new TermMatchCache(10);
        var computed = new List<string>();

        var answer = cache.GetOrAdd(Hip, Counting(computed));
        cache.GetOrAdd(Hip, Counting(computed));

        Assert.Equal(["b"], answer.Docs.Select(doc => View.ArticleAt(doc).Slug));
        Assert.Equal([Hip, Hip], computed);
    }

    private static Func<string, TermMatches> Counting(List<string> computed) => term =>
    {
        computed.Add(term);
        return TermMatches.Of(View, term);
    };
}
