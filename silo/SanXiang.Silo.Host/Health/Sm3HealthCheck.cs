using Microsoft.Extensions.Diagnostics.HealthChecks;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Host.Health;

/// <summary>
/// Says which SM3 this process hashes with: OpenSSL's libcrypto, or the managed fallback (about
/// four times slower on uploads). Always healthy — both give the same digests — but an operator
/// who sees "managed" knows why uploads are slow and that libssl3 is missing.
/// </summary>
public sealed class Sm3HealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(Sm3.Implementation));
}
