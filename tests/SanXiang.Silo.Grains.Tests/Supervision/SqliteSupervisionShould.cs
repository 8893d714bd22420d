using SanXiang.Silo.Grains.EventLog;
using Microsoft.Extensions.DependencyInjection;

namespace SanXiang.Silo.Grains.Tests.Supervision;

[Collection(ClusterCollection.Name)]
public sealed class SqliteSupervisionShould(ClusterFixture fixture) : SupervisionContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    private protected override EventLogDatabase Database => fixture.Cluster.GetSiloServiceProvider().GetRequiredService<EventLogDatabase>();

    [Fact]
    public Task CarryAFindingFromTheScoredFileToAnAcceptedFix() => CarryAFindingFromTheScoredFileToAnAcceptedFixAsync();

    [Fact]
    public Task RefuseEvidenceForAnotherAgencysTaskAndAnEarlyAccountability() => RefuseEvidenceForAnotherAgencysTaskAndAnEarlyAccountabilityAsync();

    [Fact]
    public Task ListOnlyTheTasksOverdueOnTheDay() => ListOnlyTheTasksOverdueOnTheDayAsync();
}
