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

    // Was "No_results_offers_the_topic_index" (every topic with every article): at 10,000 articles that page would
    // list them all, so it now suggests topics with their article counts and links to the topic index.
    [Fact]
    public async Task No_results_suggests_topics_with_their_counts_instead_of_listing_articles()
    {
        var page = await _client.GetDocumentAsync("/search?q=zzqqxx");

        var suggestions = page.QuerySelectorAll("main .topic-suggestions .topic-card");
        Assert.Equal(site.Store.Current.Topics.Count, suggestions.Length);
        Assert.All(suggestions, s => Assert.Matches(@"\(\d+ articles?\)", s.QuerySelector(".topic-count")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("main a[href^='/articles/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/topics']"));
    }

    [Fact]
    public async Task No_results_puts_a_topic_sharing_a_word_with_the_query_first()
    {
        var snapshot = site.Store.Current;
        string Text(Content.Topic t) => $"{t.Name} {t.Description}";
        var word = snapshot.Topics.SelectMany(t => Text(t).Split(' ')).Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .First(w => w.Length > 3 && SearchTerms.Term(w) is not null && snapshot.Search.Search(w).Count == 0);
        var sharing = snapshot.Topics.Where(t => SearchTerms.Of(Text(t)).Contains(SearchTerms.Term(word))).Select(t => "/topics/" + t.Key);

        var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(word));

        Assert.Contains(page.QuerySelector("main .topic-suggestions a")?.GetAttribute("href"), sharing);
    }

    [Fact]
    public async Task Stemming_finds_other_forms_and_the_snippet_marks_the_form_written()
    {
        var page = await _client.GetDocumentAsync("/search?q=exercises");

        Assert.NotEmpty(page.QuerySelectorAll("ol.search-results h2 a"));
        Assert.All(page.QuerySelectorAll("ol.search-results mark"), m => Assert.StartsWith("exercis", m.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("%22AND%20OR%20(%20*%20~%20%3A")]
    [InlineData("title%3Acramp")]
    [InlineData("%5Ba%20TO%20z%5D")]
    [InlineData("cramp%5E4~2")]
    public async Task Query_syntax_gets_an_ordinary_answer(string query)
    {
        using var response = await _client.GetAsync("/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task A_bad_page_number_is_a_friendly_404(string pageNumber)
    {
        using var response = await _client.GetAsync("/search?q=cramp&page=" + pageNumber);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
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
