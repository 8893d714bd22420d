using Microsoft.Extensions.Diagnostics.HealthChecks;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.Health;

/// <summary>Ready when the database opens a connection and answers with the applied schema version.</summary>
public sealed class StorageHealthCheck(StorageTarget target) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await new SchemaMigrator(target).ReadVersionAsync(cancellationToken);
            return version is null
                ? HealthCheckResult.Unhealthy($"{target.Describe()} has no schema yet.")
                : HealthCheckResult.Healthy($"{target.Describe()}, schema {version}.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{target.Describe()} does not answer: {e.Message}", e);
        }
    }
}
