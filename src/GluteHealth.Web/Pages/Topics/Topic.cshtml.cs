using GluteHealth.Content;
using GluteHealth.Web.Http;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;

namespace GluteHealth.Web.Pages.Topics;

[OutputCache(PolicyName = CachePolicies.Topics)]
public sealed class TopicModel(ContentStore content) : SitePageModel(content)
{
    public Topic Topic { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet(string key)
    {
        if (Snapshot.FindTopic(key) is not { } topic)
        {
            return NotFound();
        }
        Topic = topic;
        CurrentTopicKey = topic.Key;
        Articles = Snapshot.ArticlesIn(topic.Key);
        PageTitle = topic.Name;
        Description = topic.Description;
        CanonicalPath = SiteUrls.Topic(topic.Key);
        Breadcrumbs = [new("Home", "/"), new("Topics", "/topics"), new(topic.Name, null)];
        return Page();
    }
}
