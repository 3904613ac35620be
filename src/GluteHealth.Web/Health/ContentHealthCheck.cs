using GluteHealth.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GluteHealth.Web.Health;

/// <summary>Healthy while articles are loaded; reports how many, and how many content problems there are.</summary>
public sealed class ContentHealthCheck(ContentStore content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = content.Current;
        var data = new Dictionary<string, object>
        {
            ["articles"] = snapshot.Articles.Count,
            ["problems"] = snapshot.Problems.Count,
            ["version"] = snapshot.Version,
        };
        return Task.FromResult(snapshot.Articles.Count > 0
            ? HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles loaded", data)
            : HealthCheckResult.Unhealthy($"no articles loaded from {content.Folder}", data: data));
    }
}
