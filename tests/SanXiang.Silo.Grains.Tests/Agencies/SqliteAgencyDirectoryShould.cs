using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.EventLog;

namespace SanXiang.Silo.Grains.Tests.Agencies;

[Collection(ClusterCollection.Name)]
public sealed class SqliteAgencyDirectoryShould(ClusterFixture fixture) : AgencyDirectoryContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(CasesSiloSetup.SqliteTarget);

    [Fact]
    public Task ShowASupervisorItsSubtreeOnlyAtAnyDepth() => ShowASupervisorItsSubtreeOnlyAtAnyDepthAsync();

    [Fact]
    public Task FollowAnAgencyMovedUnderAnotherParent() => FollowAnAgencyMovedUnderAnotherParentAsync();

    [Fact]
    public Task RefuseAMoveUnderAnAgencyBelowIt() => RefuseAMoveUnderAnAgencyBelowItAsync();

    [Fact]
    public Task ReturnEachAgencyOnceInOrderAcrossPages() => ReturnEachAgencyOnceInOrderAcrossPagesAsync();

    [Fact]
    public Task FilterByLevelSectorRegionAndName() => FilterByLevelSectorRegionAndNameAsync();

    [Fact]
    public Task ListTheRootsOfWhatEachCallerSees() => ListTheRootsOfWhatEachCallerSeesAsync();

    [Fact]
    public Task ReportTheAgenciesChangedSinceAVersion() => ReportTheAgenciesChangedSinceAVersionAsync();

    [Fact]
    public Task RebuildRowsEqualToTheLiveOnes() => RebuildRowsEqualToTheLiveOnesAsync();

    [Fact]
    public Task GiveConcurrentIssuersEachNumberOnce() => GiveConcurrentIssuersEachNumberOnceAsync();
}
