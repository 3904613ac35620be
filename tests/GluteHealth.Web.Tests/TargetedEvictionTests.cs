using System.Net;
using GluteHealth.Content;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>
/// A content change evicts the cached pages that show what changed and no others. Served from the output
/// cache is told by the Age header it adds; nothing is timed.
/// </summary>
public sealed class TargetedEvictionTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly HttpClient _client;

    public TargetedEvictionTests()
    {
        // Four more articles in "aches", so some article pages neither list gamma (in "moves") as related nor sit beside it.
        var alpha = File.ReadAllText(_site.Content.File("alpha.md"));
        foreach (var name in new[] { "delta", "epsilon", "zeta", "eta" })
        {
            File.WriteAllText(_site.Content.File(name + ".md"), alpha
                .Replace("slug: alpha", "slug: " + name, StringComparison.Ordinal)
                .Replace("Alpha ache", char.ToUpperInvariant(name[0]) + name[1..] + " ache", StringComparison.Ordinal));
        }
        _client = _site.CreateReader();
    }

    private ContentSnapshot Snapshot => _site.Store.Current;

    [Fact]
    public async Task Editing_an_article_evicts_its_page_its_topics_and_the_listings_but_not_an_unrelated_topic_or_article()
    {
        // Related lists weigh terms within an article's own topics, so an article sharing no topic with gamma (and
        // with topic neighbours enough not to draw on the whole library) keeps its cached page.
        var otherArticle = Unrelated("gamma");
        string[] evicted = ["/articles/gamma", "/", "/topics", "/topics/moves", "/feed.xml", "/sitemap.xml", "/search?q=walking"];
        await WarmAsync([.. evicted, otherArticle, "/topics/aches"]);

        await EditAsync("gamma.md", "Gamma is a test article about walking.", "Gamma now covers running.");

        foreach (var path in evicted)
        {
            Assert.False(await FromCacheAsync(path), $"{path} was served from the cache after gamma changed");
        }
        Assert.True(await FromCacheAsync("/topics/aches"), "/topics/aches shows nothing of gamma but was evicted");
        Assert.True(await FromCacheAsync(otherArticle), $"{otherArticle} shares no topic with gamma but was evicted");
        Assert.Contains("Gamma now covers running.", await _client.GetStringAsync("/articles/gamma"));
    }

    [Fact]
    public async Task Editing_an_articles_title_evicts_the_pages_that_list_it_as_related()
    {
        var listing = Snapshot.Articles.First(a => Snapshot.RelatedTo(a).Count > 0);
        var related = Snapshot.RelatedTo(listing)[^1];
        var path = "/articles/" + listing.Slug;
        await WarmAsync(path);

        await EditAsync(related.SourceFile, "title: " + related.Title, "title: " + related.Title + " revised");

        // The new title may also move the article within or out of the list (titles count as vocabulary and break ties).
        Assert.False(await FromCacheAsync(path));
        var page = await _client.GetStringAsync(path);
        Assert.All(Snapshot.RelatedTo(listing), r => Assert.Contains(">" + r.Title + "</a>", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_an_articles_slug_evicts_the_old_url_which_then_redirects()
    {
        await WarmAsync("/articles/gamma");

        await EditAsync("gamma.md", "slug: gamma", "slug: gamma-gait\naliases: [gamma]");

        using var response = await _client.GetAsync("/articles/gamma");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/gamma-gait", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Deleting_an_article_evicts_its_page_and_its_topic_but_not_an_unrelated_topic()
    {
        await WarmAsync("/articles/gamma", "/topics/moves", "/topics/aches");
        var version = Snapshot.Version;

        File.Delete(_site.Content.File("gamma.md"));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Snapshot.Version > version)), "the deletion was never loaded");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/articles/gamma")).StatusCode);
        Assert.DoesNotContain("/articles/gamma", await _client.GetStringAsync("/topics/moves"), StringComparison.Ordinal);
        Assert.True(await FromCacheAsync("/topics/aches"));
    }

    [Fact]
    public async Task Changing_the_topic_list_evicts_every_page()
    {
        var unrelated = Unrelated("gamma");
        await WarmAsync(unrelated, "/about");

        await EditAsync("topics.yml", "name: Moves", "name: Movement");

        Assert.False(await FromCacheAsync(unrelated));
        Assert.False(await FromCacheAsync("/about"));
        Assert.Contains("Movement", await _client.GetStringAsync(unrelated));
    }

    /// <summary>An article page that shows nothing of <paramref name="slug"/>: not it, not beside it in a topic, not listing it as related.</summary>
    private string Unrelated(string slug)
    {
        var changed = Assert.IsType<Article>(Snapshot.FindArticle(slug));
        var beside = changed.TopicKeys.SelectMany(t => new[] { Snapshot.NeighboursIn(t, changed).Previous, Snapshot.NeighboursIn(t, changed).Next });
        var article = Snapshot.Articles.First(a => a.Slug != slug
            && !beside.Any(b => b?.Slug == a.Slug)
            && !Snapshot.RelatedTo(a).Any(r => r.Slug == slug));
        return "/articles/" + article.Slug;
    }

    private async Task WarmAsync(params string[] paths)
    {
        foreach (var path in paths)
        {
            (await _client.GetAsync(path)).Dispose();
            Assert.True(await FromCacheAsync(path), $"{path} was not cached to begin with");
        }
    }

    private async Task<bool> FromCacheAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    private async Task EditAsync(string file, string find, string replace)
    {
        var version = Snapshot.Version;
        var path = _site.Content.File(file);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace(find, replace, StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Snapshot.Version > version && Snapshot.Problems.Count == 0)),
            $"the edit of {file} was never loaded");
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
