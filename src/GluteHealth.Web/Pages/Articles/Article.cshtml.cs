using GluteHealth.Content;
using GluteHealth.Content.Images;
using GluteHealth.Web.Http;
using GluteHealth.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages.Articles;

[OutputCache(PolicyName = CachePolicies.Articles)]
public sealed class ArticleModel(ContentStore content, IOptions<SiteOptions> site) : SitePageModel(content)
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public IReadOnlyList<TocEntry> TableOfContents { get; private set; } = [];

    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IReadOnlyList<TopicNeighbours> Neighbours { get; private set; } = [];

    public DateOnly NextReviewDue { get; private set; }

    /// <summary>The rendered body, written from the snapshot's UTF-8 bytes.</summary>
    public Utf8Html Body => new(Article.HtmlUtf8);

    public override string OpenGraphType => "article";

    public override ArticlePicture? OpenGraphPicture => Article.Pictures.FirstOrDefault();

    public IActionResult OnGet(string slug)
    {
        if (Snapshot.FindArticle(slug) is not { } article)
        {
            return Snapshot.FindAlias(slug) is { } current
                ? RedirectPermanent(SiteUrls.Article(current))
                : NotFound();
        }

        Article = article;
        Topics = Snapshot.TopicsOf(article);
        TableOfContents = TocEntry.From(article.Headings);
        Related = Snapshot.RelatedTo(article);
        Neighbours = Topics
            .Select(t => (Topic: t, Pair: Snapshot.NeighboursIn(t.Key, article)))
            .Where(n => n.Pair.Previous is not null || n.Pair.Next is not null)
            .Select(n => new TopicNeighbours(n.Topic, n.Pair.Previous, n.Pair.Next))
            .ToArray();
        NextReviewDue = article.Reviewed.AddMonths(site.Value.ReviewIntervalMonths);

        PageTitle = article.Title;
        Description = article.Summary;
        CanonicalPath = SiteUrls.Article(article.Slug);
        Breadcrumbs = Topics.Count > 0
            ? [new("Home", SiteUrls.Home), new(Topics[0].Name, SiteUrls.Topic(Topics[0].Key)), new(article.Title, null)]
            : [new("Home", SiteUrls.Home), new(article.Title, null)];
        return Page();
    }
}
