using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Reviews;

public sealed class PostgresReviewCatalogShould(PostgresCluster postgres) : ReviewCatalogContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task MakeACountyCaseMajorByACityDepartmentsRowItInherits() => MakeACountyCaseMajorByACityDepartmentsRowItInheritsAsync();

    [PostgresFact]
    public Task ListTheInheritedRowsBesideTheAgencysOwnNewerEdition() => ListTheInheritedRowsBesideTheAgencysOwnNewerEditionAsync();

    [PostgresFact]
    public Task KeepAnEditionThatTakesEffectLaterOutOfTodaysCatalog() => KeepAnEditionThatTakesEffectLaterOutOfTodaysCatalogAsync();

    [PostgresFact]
    public Task RefuseABackdatedEditionAndStoreNothing() => RefuseABackdatedEditionAndStoreNothingAsync();
}
