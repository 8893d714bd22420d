namespace SanXiang.Silo.Grains.Tests.Reviews;

[Collection(ClusterCollection.Name)]
public sealed class SqliteReviewCatalogShould(ClusterFixture fixture) : ReviewCatalogContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task MakeACountyCaseMajorByACityDepartmentsRowItInherits() => MakeACountyCaseMajorByACityDepartmentsRowItInheritsAsync();

    [Fact]
    public Task ListTheInheritedRowsBesideTheAgencysOwnNewerEdition() => ListTheInheritedRowsBesideTheAgencysOwnNewerEditionAsync();

    [Fact]
    public Task KeepAnEditionThatTakesEffectLaterOutOfTodaysCatalog() => KeepAnEditionThatTakesEffectLaterOutOfTodaysCatalogAsync();

    [Fact]
    public Task RefuseABackdatedEditionAndStoreNothing() => RefuseABackdatedEditionAndStoreNothingAsync();
}
