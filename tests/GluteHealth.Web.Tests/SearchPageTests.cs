using System.Net;
using GluteHealth.Content.Search;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class SearchPageTests(RealContentSiteFactory site) : IClassFixture<RealContentSiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task Every_article_is_found_by_a_word_from_its_body()
    {
        foreach (var article in site.Store.Current.Articles)
        {
            var word = article.TextBlocks.Skip(1)
                .SelectMany(b => b.Split(' '))
                .Select(w => new string(w.Where(char.IsLetter).ToArray()))
                .First(w => w.Length >= 7 && SearchTerms.Term(w) is not null && !article.Title.Contains(w, StringComparison.OrdinalIgnoreCase));

            var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(word));

            var found = page.QuerySelectorAll("ol.search-results h2 a").Select(a => a.GetAttribute("href"));
            Assert.Contains("/articles/" + article.Slug, found);
            Assert.NotEmpty(page.QuerySelectorAll("ol.search-results mark"));
        }
    }

    [Fact]
    public async Task Plurals_case_and_accents_find_the_same_article()
    {
        foreach (var query in new[] { "cramp", "CRAMPS", "crámps" })
        {
            var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

            Assert.Equal("/articles/butt-cramps", page.QuerySelector("ol.search-results h2 a")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("", "Type a word or two")]
    [InlineData("%20%20%20", "Type a word or two")]
    [InlineData("zzqqxx", "No articles match")]
    public async Task Empty_blank_and_unmatched_queries_get_a_clear_answer(string query, string message)
    {
        using var response = await _client.GetAsync("/search?q=" + query);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".search-message")!.TextContent);
    }

    [Fact]
    public async Task No_results_offers_the_topic_index()
    {
        var page = await _client.GetDocumentAsync("/search?q=zzqqxx");

        Assert.Equal(site.Store.Current.Topics.Count, page.QuerySelectorAll("main .topic-card").Length);
    }

    [Fact]
    public async Task A_500_character_query_gets_a_clear_answer_not_an_error()
    {
        using var response = await _client.GetAsync("/search?q=" + new string('a', 500));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too long", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_form_works_without_javascript()
    {
        var page = await _client.GetDocumentAsync("/search");

        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(form.QuerySelector("label[for=q]"));
    }
}
