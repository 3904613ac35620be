using System.Text.Json;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class SeoTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateReader();

    [Fact]
    public async Task An_article_has_language_title_description_canonical_and_sharing_tags()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Alpha ache | GluteHealth", page.Title);
        Assert.Equal("Alpha is a test article about an ache.", Meta(page, "name", "description"));
        Assert.Equal("https://glutehealth.example/articles/alpha", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("Alpha ache | GluteHealth", Meta(page, "property", "og:title"));
        Assert.Equal("https://glutehealth.example/articles/alpha", Meta(page, "property", "og:url"));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
        Assert.Equal("Alpha is a test article about an ache.", Meta(page, "name", "twitter:description"));
    }

    [Fact]
    public async Task Absolute_urls_come_from_the_base_url_option_never_from_the_host_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.Host = "evil.example";
        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", html);
        Assert.Contains("https://glutehealth.example/articles/alpha", html);
    }

    [Fact]
    public async Task Structured_data_is_marked_with_the_literal_type_that_crawlers_scan_for()
    {
        var html = await _client.GetStringAsync("/articles/alpha");

        Assert.Contains("<script type=\"application/ld+json\">", html);
        Assert.DoesNotContain("ld&#x2B;json", html);
    }

    [Fact]
    public async Task An_article_describes_itself_as_a_medical_web_page_with_health_aspects()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");
        var blocks = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToArray();

        var medical = Assert.Single(blocks, b => b.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal("Alpha ache", medical.GetProperty("name").GetString());
        Assert.Equal("Alpha is a test article about an ache.", medical.GetProperty("description").GetString());
        Assert.Equal("2026-01-10", medical.GetProperty("datePublished").GetString());
        Assert.Equal("2026-02-01", medical.GetProperty("lastReviewed").GetString());
        Assert.Equal("https://glutehealth.example/articles/alpha", medical.GetProperty("url").GetString());
        Assert.Equal("Aches", medical.GetProperty("about")[0].GetProperty("name").GetString());
        var parts = medical.GetProperty("hasPart").EnumerateArray().ToArray();
        var symptoms = Assert.Single(parts, p => p.GetProperty("url").GetString() == "https://glutehealth.example/articles/alpha#symptoms");
        Assert.Equal("https://schema.org/SymptomsHealthAspect", symptoms.GetProperty("hasHealthAspect").GetString());
        Assert.Contains(parts, p => p.GetProperty("hasHealthAspect").GetString() == "https://schema.org/CausesHealthAspect");
        Assert.Contains(parts, p => !p.TryGetProperty("hasHealthAspect", out _));

        var breadcrumbs = Assert.Single(blocks, b => b.GetProperty("@type").GetString() == "BreadcrumbList");
        var items = breadcrumbs.GetProperty("itemListElement").EnumerateArray().ToArray();
        Assert.Equal(["Home", "Aches", "Alpha ache"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal("https://glutehealth.example/topics/aches", items[1].GetProperty("item").GetString());
    }

    [Fact]
    public async Task The_emergency_cards_are_marked_as_a_part_of_the_see_a_doctor_section_that_finds_them_on_the_page()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");

        var seeDoctor = SeeDoctorPart(page);
        var emergency = Assert.Single(seeDoctor.GetProperty("hasPart").EnumerateArray().ToArray());
        Assert.Equal("WebPageElement", emergency.GetProperty("@type").GetString());
        Assert.Equal("Call 911 or go to the emergency room now if:", emergency.GetProperty("name").GetString());
        Assert.Equal("your leg suddenly feels weak or numb", emergency.GetProperty("text").GetString());
        var cards = page.QuerySelectorAll(emergency.GetProperty("cssSelector").GetString()!);
        var card = Assert.Single(cards);
        Assert.Contains("Call 911 or go to the emergency room now if:", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("your leg suddenly feels weak or numb", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_without_emergency_cards_claims_none()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");

        Assert.False(SeeDoctorPart(page).TryGetProperty("hasPart", out _));
        Assert.Null(page.QuerySelector(".callout-emergency"));
    }

    private static JsonElement SeeDoctorPart(AngleSharp.Dom.IDocument page)
    {
        var medical = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(b => b.GetProperty("@type").GetString() == "MedicalWebPage");
        return Assert.Single(medical.GetProperty("hasPart").EnumerateArray(),
            p => p.TryGetProperty("hasHealthAspect", out var aspect) && aspect.GetString() == "https://schema.org/SeeDoctorHealthAspect");
    }

    private static string? Meta(AngleSharp.Dom.IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
