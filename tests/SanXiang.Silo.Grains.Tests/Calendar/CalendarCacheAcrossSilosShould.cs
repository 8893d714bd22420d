using SanXiang.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

/// <summary>Two silos of their own: the calendar grain lives on one of them, and both must stop serving the old calendar.</summary>
public sealed class CalendarCacheAcrossSilosShould : IAsyncLifetime
{
    private TestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
        await cluster.WaitForLivenessToStabilizeAsync();
    }

    public async Task DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }

    [Fact]
    public async Task ServeTheAmendedCalendarOnEverySiloOnceTheAmendmentReturns()
    {
        // Each silo has built the calendar once, as its first case command would.
        foreach (var silo in cluster.Silos)
        {
            Assert.Equal(0, (await Cache(silo).GetAsync()).Version);
        }

        var amended = await cluster.GrainFactory.GetGrain<ICalendarGrain>(GrainKeys.Platform).AmendAsync(CalendarSamples.Amended());

        Assert.Equal(2, cluster.Silos.Count);
        Assert.All(cluster.Silos, silo =>
        {
            var held = Cache(silo).Current!;
            Assert.Equal(amended.Version, held.Version);
            Assert.Equal(new DateOnly(2019, 5, 8), held.Calendar.AddWorkingDays(CalendarSamples.Filed, 5).Value);
        });
    }

    private CalendarCache Cache(SiloHandle silo) => cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<CalendarCache>();

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddMemoryGrainStorage(Names.Storage).AddSanXiangGrains();
    }
}
