using GluteHealth.Content;
using GluteHealth.Content.Images;
using GluteHealth.Web.Listings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GluteHealth.Web.Pages.Shared;

/// <summary>What the layout needs from every page: title, description, canonical path, breadcrumbs, topic navigation.</summary>
public abstract class SitePageModel(ContentStore content) : PageModel
{
    private ContentSnapshot? _snapshot;

    /// <summary>The snapshot this request renders from: read once, so one page never mixes two versions.</summary>
    public ContentSnapshot Snapshot => _snapshot ??= content.Current;

    private string? _siteName;

    /// <summary>The page's own title, without the site's name (which <see cref="DocumentTitle"/> adds).</summary>
    public string PageTitle { get; protected set; } = "";

    public string SiteName => _siteName ??= HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Name;

    /// <summary>The <c>&lt;title&gt;</c>: the page's own title, then the site's name from <see cref="SiteOptions"/>, added here once.</summary>
    public string DocumentTitle => PageTitle.Length == 0 ? SiteName : $"{PageTitle} | {SiteName}";

    public string Description { get; protected set; } = "";

    public string CanonicalPath { get; protected set; } = "/";

    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; protected set; } = [];

    /// <summary>For one page of a long listing: the pager, and the layout's <c>rel="prev"/"next"</c> links.</summary>
    public Pager? Pager { get; protected set; }

    /// <summary>The Open Graph type: "website" unless a page is an article.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>The picture social sites show for the page (og:image), if it has one.</summary>
    public virtual ArticlePicture? OpenGraphPicture => null;

    /// <summary>The header's topic links: a bounded number, in the topic list's order (see <see cref="ListingOptions.HeaderTopicCount"/>).</summary>
    public IReadOnlyList<Topic> NavigationTopics => _navigationTopics ??=
        [.. Snapshot.Topics.Take(HttpContext.RequestServices.GetRequiredService<IOptions<ListingOptions>>().Value.HeaderTopicCount)];

    private IReadOnlyList<Topic>? _navigationTopics;

    /// <summary>How many topics a page that is not the topic index shows in its "browse by topic" section.</summary>
    public int BrowseTopicCount => HttpContext.RequestServices.GetRequiredService<IOptions<ListingOptions>>().Value.BrowseTopicCount;

    /// <summary>Whether the header leaves topics out (it then says how many there are in all).</summary>
    public bool NavigationTopicsShortened => Snapshot.Topics.Count > NavigationTopics.Count;

    /// <summary>The topic whose own page this is, marked as current in the navigation.</summary>
    public string? CurrentTopicKey { get; protected set; }

    public string? AriaCurrentFor(Topic topic) => topic.Key == CurrentTopicKey ? "page" : null;
}
