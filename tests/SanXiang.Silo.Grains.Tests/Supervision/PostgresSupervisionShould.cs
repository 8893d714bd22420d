using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Supervision;

public sealed class PostgresSupervisionShould(PostgresCluster postgres) : SupervisionContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    private protected override EventLogDatabase Database => postgres.Service<EventLogDatabase>();

    [PostgresFact]
    public Task CarryAFindingFromTheScoredFileToAnAcceptedFix() => CarryAFindingFromTheScoredFileToAnAcceptedFixAsync();

    [PostgresFact]
    public Task RefuseEvidenceForAnotherAgencysTaskAndAnEarlyAccountability() => RefuseEvidenceForAnotherAgencysTaskAndAnEarlyAccountabilityAsync();

    [PostgresFact]
    public Task ListOnlyTheTasksOverdueOnTheDay() => ListOnlyTheTasksOverdueOnTheDayAsync();
}
