using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Plans;

public sealed class PostgresPlanRollupShould(PostgresCluster postgres) : PlanRollupContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task EqualARecomputationFromThePlansAfterRandomUpdates() => EqualARecomputationFromThePlansAfterRandomUpdatesAsync();

    [PostgresFact]
    public Task CountOnlyTheAgenciesBelowTheDepartment() => CountOnlyTheAgenciesBelowTheDepartmentAsync();

    [PostgresFact]
    public Task FollowAnAgencyThatMovesToAnotherDepartment() => FollowAnAgencyThatMovesToAnotherDepartmentAsync();
}
