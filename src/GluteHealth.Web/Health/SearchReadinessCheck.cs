using GluteHealth.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GluteHealth.Web.Health;

/// <summary>
/// Unhealthy while a large library's first search index is still being built in the background: pages are served,
/// but search answers "starting". A deployment's readiness probe (<c>/readyz</c>) holds traffic back until then.
/// </summary>
public sealed class SearchReadinessCheck(ContentStore content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.Current.Search.IsReady
            ? HealthCheckResult.Healthy("search index ready")
            : HealthCheckResult.Unhealthy("search index is being built"));
}
