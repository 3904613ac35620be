using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GluteHealth.Web.Listings;

public static class ListingServiceCollectionExtensions
{
    /// <summary>
    /// Listing settings, the published-pages list, and the <c>…/page/{number}</c> routes of the paginated pages
    /// (a second route per page, so page 1 keeps the listing's own address).
    /// </summary>
    public static IServiceCollection AddSiteListings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListingOptions>().Bind(configuration.GetSection(ListingOptions.SectionName));
        services.AddSingleton<PublishedPages>();
        // PostConfigure: Razor Pages' own setup replaces the convention collection, so conventions added before it are lost.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AddPageRoute("/Topics/Topic", "topics/{key}/page/{number}");
            options.Conventions.AddPageRoute("/AToZ/Letter", "a-z/{letter}/page/{number}");
        });
        return services;
    }
}
