using Microsoft.Extensions.Diagnostics.HealthChecks;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Health;

/// <summary>Degraded, not unhealthy, when a plugin was skipped: the other sectors still work, so traffic should keep flowing.</summary>
public sealed class PluginHealthCheck(ISectorRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = registry.Failures.ToDictionary(f => f.Plugin, object (f) => f.ToString());
        var loaded = string.Join(", ", registry.Plugins.Select(p => $"{p.Sector.Id} {p.Sector.Version}"));
        return Task.FromResult(registry.Failures.Count == 0
            ? HealthCheckResult.Healthy($"{registry.Plugins.Count} plugin(s) loaded: {loaded}")
            : HealthCheckResult.Degraded($"{registry.Failures.Count} plugin(s) skipped; {registry.Plugins.Count} loaded: {loaded}", data: data));
    }
}
