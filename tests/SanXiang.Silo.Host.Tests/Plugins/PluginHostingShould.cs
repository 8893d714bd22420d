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
        var berthType = harbour.GetType("SanXiang.Fixtures.Harbour.HarbourBerth", throwOnError: true)!;
        var berth = Activator.CreateInstance(berthType, "一号泊位", 120)!;
        var serializer = silo.Services.GetRequiredService<Serializer>();

        // Round-trip as the plugin's own type, not as object: an object round trip writes the type's
        // name and resolves it again, and in a test process other silos have loaded their own copies
        // of this fixture into other load contexts, so the name can resolve to a copy this silo has
        // no codec for. A host process loads each plugin once, so that is a test artefact.
        var copy = RoundTrip(serializer, berthType, berth);

        Assert.NotSame(berth, copy);
        Assert.Equal(berth, copy);
    }

    private static object? RoundTrip(Serializer serializer, Type type, object value)
    {
        var serialize = typeof(PluginHostingShould).GetMethod(nameof(RoundTripAs), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return serialize.MakeGenericMethod(type).Invoke(null, [serializer, value]);
    }

    private static T RoundTripAs<T>(Serializer serializer, T value) =>
        serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
}
