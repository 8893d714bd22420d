using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests.Agencies;

/// <summary>The same read model on PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresAgencyDirectoryShould(PostgresCluster postgres) : AgencyDirectoryContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(StorageTarget.Postgres(postgres.ConnectionString));

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
}
