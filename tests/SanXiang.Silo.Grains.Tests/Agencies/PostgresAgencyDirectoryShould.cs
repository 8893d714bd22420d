using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests.Agencies;

/// <summary>The same read model on PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresAgencyDirectoryShould : AgencyDirectoryContract, IAsyncLifetime
{
    private PostgresSilo? silo;

    private protected override IGrainFactory Grains => silo?.Cluster.GrainFactory ?? throw new InvalidOperationException("Not started.");

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(StorageTarget.Postgres(silo!.ConnectionString));

    [PostgresFact]
    public Task ShowASupervisorItsSubtreeOnlyAtAnyDepth() => ShowASupervisorItsSubtreeOnlyAtAnyDepthAsync();

    [PostgresFact]
    public Task FollowAnAgencyMovedUnderAnotherParent() => FollowAnAgencyMovedUnderAnotherParentAsync();

    [PostgresFact]
    public Task RefuseAMoveUnderAnAgencyBelowIt() => RefuseAMoveUnderAnAgencyBelowItAsync();

    [PostgresFact]
    public Task ReturnEachAgencyOnceInOrderAcrossPages() => ReturnEachAgencyOnceInOrderAcrossPagesAsync();

    [PostgresFact]
    public Task FilterByLevelSectorRegionAndName() => FilterByLevelSectorRegionAndNameAsync();

    [PostgresFact]
    public Task ListTheRootsOfWhatEachCallerSees() => ListTheRootsOfWhatEachCallerSeesAsync();

    [PostgresFact]
    public Task ReportTheAgenciesChangedSinceAVersion() => ReportTheAgenciesChangedSinceAVersionAsync();

    [PostgresFact]
    public Task RebuildRowsEqualToTheLiveOnes() => RebuildRowsEqualToTheLiveOnesAsync();

    [PostgresFact]
    public Task GiveConcurrentIssuersEachNumberOnce() => GiveConcurrentIssuersEachNumberOnceAsync();

    public async Task InitializeAsync() => silo = await PostgresSilo.StartAsync("sx_directory");

    public async Task DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.DisposeAsync();
        }
    }
}
