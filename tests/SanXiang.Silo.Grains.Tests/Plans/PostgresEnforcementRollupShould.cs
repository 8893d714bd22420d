using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Plans;

public sealed class PostgresEnforcementRollupShould(PostgresCluster postgres) : EnforcementRollupContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task CountTheCertificatesAsTheCertificationRuleDoesAfterRandomRosterChanges() => CountTheCertificatesAsTheCertificationRuleDoesAfterRandomRosterChangesAsync();

    [PostgresFact]
    public Task CountTheDecisionsPublishedOnTimeAndKeepThemThroughARebuild() => CountTheDecisionsPublishedOnTimeAndKeepThemThroughARebuildAsync();

    [PostgresFact]
    public Task CountEachCaseFileAnInspectionScoredForTheAgencyWhoseFileItIs() => CountEachCaseFileAnInspectionScoredForTheAgencyWhoseFileItIsAsync();

    private protected override T Service<T>() => postgres.Service<T>();
}
