namespace GluteHealth.Web.Http;

/// <summary>Output cache policy names, one per kind of response.</summary>
public static class CachePolicies
{
    public const string Home = "home";

    public const string Articles = "articles";

    public const string Topics = "topics";

    public const string Search = "search";

    public const string Info = "info";

    public const string Feeds = "feeds";

    public const string Images = "images";
}
