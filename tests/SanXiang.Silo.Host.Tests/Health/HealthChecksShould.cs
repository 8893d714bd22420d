using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SanXiang.Silo.Host.Health;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.Health;

public sealed class HealthChecksShould() : TemporaryDataDirectory("sx-health")
{
    [Fact]
    public async Task ReportARunningSiloAsReady()
    {
        await using var silo = await TestSilo.StartAsync(new Dictionary<string, string?> { ["SanXiang:DataDir"] = DataDir });
        var storage = new StorageHealthCheck(silo.Services.GetRequiredService<StorageTarget>());
        var cluster = new ClusterHealthCheck(silo.Grains);

        var storageResult = await storage.CheckHealthAsync(new HealthCheckContext());
        var clusterResult = await cluster.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, storageResult.Status);
        Assert.Contains(SchemaCatalog.For(StorageProvider.Sqlite)[^1].Id, storageResult.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, clusterResult.Status);
    }

    [Fact]
    public async Task ReportADatabaseThatDoesNotAnswerAsUnhealthy()
    {
        var target = StorageTarget.Postgres($"Host=127.0.0.1;Port={FreePort.Next()};Database=x;Username=x;Password=x;Timeout=2");

        var result = await new StorageHealthCheck(target).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public void RegisterTheStorageAndClusterChecksAsReadinessAndThePluginsCheckAsNot()
    {
        using var services = new ServiceCollection().AddSanXiangHealthChecks().BuildServiceProvider();

        var registrations = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(["cluster", "plugins", "sm3", "storage"], registrations.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["cluster", "storage"], registrations.Where(r => r.Tags.Contains(HealthCheckExtensions.ReadyTag)).Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
