using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Serialization;
using SanXiang.Silo.Host.Health;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Tests.Plugins;

public sealed class PluginHostingShould() : TemporaryDataDirectory("sx-plugins")
{
    [Fact]
    public async Task StartTheSiloWithBrokenPluginsAndReportThemAsDegraded()
    {
        await using var silo = await TestSilo.StartAsync(new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = DataDir,
            ["SanXiang:PluginsDir"] = FixturePlugins.Directory,
        });
        var registry = silo.Services.GetRequiredService<ISectorRegistry>();

        var health = await new PluginHealthCheck(registry).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("SanXiang.Fixtures.Throwing", health.Data.Keys);
        Assert.Contains("SanXiang.Fixtures.MissingKind", health.Data.Keys);
        Assert.Contains("SanXiang.Fixtures.BadTemplate", health.Data.Keys);
        Assert.Contains("第四十二条", health.Data["SanXiang.Fixtures.LooseLaw"]?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(registry.Find("fixture-harbour"));
    }

    [Fact]
    public async Task GiveOrleansThePluginsSerializers()
    {
        await using var silo = await TestSilo.StartAsync(new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = DataDir,
            ["SanXiang:PluginsDir"] = FixturePlugins.CopyOf("SanXiang.Fixtures.Harbour"),
        });
        var harbour = silo.Services.GetRequiredService<ISectorRegistry>().Plugins.Single().Assembly;
        var berth = Activator.CreateInstance(harbour.GetType("SanXiang.Fixtures.Harbour.HarbourBerth", throwOnError: true)!, "一号泊位", 120)!;
        var serializer = silo.Services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<object>(serializer.SerializeToArray<object>(berth));

        Assert.Equal(berth, copy);
    }
}
