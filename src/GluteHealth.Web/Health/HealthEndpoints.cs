using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GluteHealth.Web.Health;

public static class HealthEndpoints
{
    private const string Live = "live";

    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: [Live])
            .AddCheck<SearchReadinessCheck>("search");
        return services;
    }

    /// <summary>
    /// <c>/healthz</c> (liveness): 200 with the article count while content is loaded, 503 when it is not.
    /// <c>/readyz</c> (readiness): 200 once every page, search included, answers in full; 503 before.
    /// </summary>
    public static IEndpointRouteBuilder MapSiteHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Live),
            ResponseWriter = WriteAsync,
        });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var entries = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks = entries }));
    }
}
