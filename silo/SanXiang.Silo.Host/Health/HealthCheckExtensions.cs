using Microsoft.Extensions.DependencyInjection;

namespace SanXiang.Silo.Host.Health;

public static class HealthCheckExtensions
{
    /// <summary>Tag of the checks a load balancer should wait for before sending traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Storage and cluster readiness checks, for the web host's <c>/health</c>; needs <see cref="SiloHostingExtensions.AddSanXiangSilo"/> or <see cref="ClientHostingExtensions.AddSanXiangClient"/>.</summary>
    public static IServiceCollection AddSanXiangHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag])
            .AddCheck<PluginHealthCheck>("plugins")
            .AddCheck<Sm3HealthCheck>("sm3");
        return services;
    }
}
