using System.Net;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class ContentCachingTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly HttpClient _client;

    public ContentCachingTests() => _client = _site.CreateReader();

    [Fact]
    public async Task A_second_request_serves_from_memory_without_rendering_again()
    {
        await _client.GetStringAsync("/articles/alpha");
        var afterFirst = _site.Compiler.Total;

        await _client.GetStringAsync("/articles/alpha");
        await _client.GetStringAsync("/articles/beta");

        Assert.Equal(3, afterFirst);
        Assert.Equal(afterFirst, _site.Compiler.Total);
    }

    [Fact]
    public async Task Editing_a_file_on_disk_changes_the_served_page_without_a_restart()
    {
        Assert.Contains("Alpha opening paragraph", await _client.GetStringAsync("/articles/alpha"));

        var path = _site.Content.File("alpha.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Alpha opening paragraph", "Edited opening paragraph"));

        Assert.True(await Eventually.TrueAsync(async () => (await _client.GetStringAsync("/articles/alpha")).Contains("Edited opening paragraph")),
            "the edit was never served");
        Assert.Equal(4, _site.Compiler.Total);
    }

    [Fact]
    public async Task Deleting_a_file_makes_its_page_404()
    {
        await _client.GetStringAsync("/articles/gamma");

        File.Delete(_site.Content.File("gamma.md"));

        Assert.True(await Eventually.TrueAsync(async () =>
            (await _client.GetAsync("/articles/gamma")).StatusCode == HttpStatusCode.NotFound), "the deleted article was still served");
    }

    [Fact]
    public async Task Adding_a_file_publishes_a_new_article()
    {
        var text = (await File.ReadAllTextAsync(_site.Content.File("gamma.md")))
            .Replace("slug: gamma", "slug: delta").Replace("Gamma gait", "Delta dance");
        await File.WriteAllTextAsync(_site.Content.File("delta.md"), text);

        Assert.True(await Eventually.TrueAsync(async () =>
            (await _client.GetAsync("/articles/delta")).StatusCode == HttpStatusCode.OK), "the new article was never served");
        Assert.Contains("/articles/delta", await _client.GetStringAsync("/topics/moves"));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_served_and_is_reported()
    {
        var version = _site.Store.Current.Version;
        await File.WriteAllTextAsync(_site.Content.File("beta.md"), "---\ntitle: Beta\nsummary: a colon: inside\n---\nBroken body\n");

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_site.Store.Current.Version > version)), "the edit was never loaded");
        var page = await _client.GetStringAsync("/articles/beta");

        Assert.Contains("Beta opening paragraph", page);
        Assert.Contains(_site.Store.Current.Problems, p => p.File == "beta.md" && p.Line == 3 && p.Message.StartsWith("invalid YAML"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/articles/alpha")).StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
