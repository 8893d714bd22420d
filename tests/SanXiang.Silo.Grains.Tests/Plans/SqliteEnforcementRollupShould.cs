namespace SanXiang.Silo.Grains.Tests.Plans;

[Collection(ClusterCollection.Name)]
public sealed class SqliteEnforcementRollupShould(ClusterFixture fixture) : EnforcementRollupContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task CountTheCertificatesAsTheCertificationRuleDoesAfterRandomRosterChanges() => CountTheCertificatesAsTheCertificationRuleDoesAfterRandomRosterChangesAsync();

    [Fact]
    public Task CountTheDecisionsPublishedOnTimeAndKeepThemThroughARebuild() => CountTheDecisionsPublishedOnTimeAndKeepThemThroughARebuildAsync();

    [Fact]
    public Task CountEachCaseFileAnInspectionScoredForTheAgencyWhoseFileItIs() => CountEachCaseFileAnInspectionScoredForTheAgencyWhoseFileItIsAsync();

    private protected override T Service<T>() => fixture.Service<T>();
}
