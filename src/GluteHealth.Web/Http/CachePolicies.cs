namespace GluteHealth.Web.Http;

/// <summary>Output cache policy names, one per kind of response.</summary>
public static class CachePolicies
{
    public const string Pages = "pages";

    public const string Feeds = "feeds";
}
