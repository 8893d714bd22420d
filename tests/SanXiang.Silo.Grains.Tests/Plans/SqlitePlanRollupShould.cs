namespace SanXiang.Silo.Grains.Tests.Plans;

[Collection(ClusterCollection.Name)]
public sealed class SqlitePlanRollupShould(ClusterFixture fixture) : PlanRollupContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task EqualARecomputationFromThePlansAfterRandomUpdates() => EqualARecomputationFromThePlansAfterRandomUpdatesAsync();

    [Fact]
    public Task CountOnlyTheAgenciesBelowTheDepartment() => CountOnlyTheAgenciesBelowTheDepartmentAsync();

    [Fact]
    public Task FollowAnAgencyThatMovesToAnotherDepartment() => FollowAnAgencyThatMovesToAnotherDepartmentAsync();
}
