using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Listings;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages.Topics;

[OutputCache(PolicyName = CachePolicies.Topics)]
public sealed class TopicModel(ContentStore content, IOptions<ListingOptions> listings) : ListingPageModel(content, listings)
{
    public Topic Topic { get; private set; } = null!;

    public IActionResult OnGet(string key, string? number)
    {
        if (Snapshot.FindTopic(key) is not { } topic)
        {
            return NotFound();
        }
        var articles = Snapshot.ArticlesIn(topic.Key);
        if (SelectPage(articles, number, n => SiteUrls.Topic(topic.Key, n)) is { } elsewhere)
        {
            return elsewhere;
        }
        Topic = topic;
        CurrentTopicKey = topic.Key;
        PageTitle = Numbered(topic.Name);
        Description = topic.Description;
        Breadcrumbs = TrailTo(topic.Name, new("Home", SiteUrls.Home), new("Topics", SiteUrls.Topics));
        return Page();
    }
}
