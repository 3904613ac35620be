using System.Text.Json;
using System.Text.Json.Nodes;
using GluteHealth.Content;
using GluteHealth.Content.Markdown;
using GluteHealth.Web.Pages.Articles;
using GluteHealth.Web.Pages.Shared;

namespace GluteHealth.Web.Seo;

/// <summary>
/// JSON-LD for search engines: a BreadcrumbList on every page with breadcrumbs, and for articles a
/// MedicalWebPage whose sections carry the health aspect they cover, as public health services mark them up.
/// schema.org has no health aspect for emergencies, so the emergency cards are a WebPageElement of the
/// "When to see a doctor" section: its name is the card heading, its cssSelector finds the cards on the
/// page and its text is what they list.
/// </summary>
public sealed class StructuredData(SiteUrls urls)
{
    private static readonly Dictionary<string, string> HealthAspects = new(StringComparer.Ordinal)
    {
        ["causes"] = "https://schema.org/CausesHealthAspect",
        ["symptoms"] = "https://schema.org/SymptomsHealthAspect",
        ["what-you-can-do"] = "https://schema.org/SelfCareHealthAspect",
        [CareSection.Id] = "https://schema.org/SeeDoctorHealthAspect",
    };

    public IReadOnlyList<string> For(SitePageModel page)
    {
        var blocks = new List<string>();
        if (page is ArticleModel article)
        {
            blocks.Add(MedicalWebPage(article).ToJsonString());
        }
        if (page.Breadcrumbs.Count > 0)
        {
            blocks.Add(BreadcrumbList(page).ToJsonString());
        }
        return blocks;
    }

    private JsonObject MedicalWebPage(ArticleModel page)
    {
        var article = page.Article;
        var url = urls.Absolute(page.CanonicalPath);
        var parts = new JsonArray();
        foreach (var heading in article.Headings.Where(h => h.Level == 2))
        {
            var part = new JsonObject
            {
                ["@type"] = "HealthTopicContent",
                ["name"] = heading.Text,
                ["url"] = url + "#" + heading.Id,
            };
            if (HealthAspects.TryGetValue(heading.Id, out var aspect))
            {
                part["hasHealthAspect"] = aspect;
            }
            if (heading.Id == CareSection.Id && EmergencyCards(article) is { } emergency)
            {
                part["hasPart"] = new JsonArray(emergency);
            }
            parts.Add(part);
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = url,
            ["inLanguage"] = "en",
            ["datePublished"] = Dates.Iso(article.Published),
            ["lastReviewed"] = Dates.Iso(article.Reviewed),
            ["about"] = new JsonArray([.. page.Topics.Select(t => (JsonNode)new JsonObject
            {
                ["@type"] = "Thing",
                ["name"] = t.Name,
                ["url"] = urls.Absolute(SiteUrls.Topic(t.Key)),
            })]),
            ["hasPart"] = parts,
        };
    }

    private static JsonObject? EmergencyCards(Article article)
    {
        var signs = article.CareCards.Where(c => c.Level == HealthCallout.Emergency).SelectMany(c => c.Text).ToArray();
        if (signs.Length == 0)
        {
            return null;
        }
        return new JsonObject
        {
            ["@type"] = "WebPageElement",
            ["name"] = HealthCallout.Emergency.Title,
            ["cssSelector"] = "." + HealthCallout.Emergency.CssClass.Replace(' ', '.'),
            ["text"] = string.Join('\n', signs),
        };
    }

    private JsonObject BreadcrumbList(SitePageModel page) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. page.Breadcrumbs.Select((crumb, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = crumb.Name,
            ["item"] = urls.Absolute(crumb.Path ?? page.CanonicalPath),
        })]),
    };
}
