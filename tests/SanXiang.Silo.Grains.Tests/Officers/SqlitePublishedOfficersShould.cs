using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.EventLog;

namespace SanXiang.Silo.Grains.Tests.Officers;

[Collection(ClusterCollection.Name)]
public sealed class SqlitePublishedOfficersShould(ClusterFixture fixture) : PublishedOfficersContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(CasesSiloSetup.SqliteTarget);

    [Fact]
    public Task WriteARowWhenAnOfficerIsAdded() => WriteARowWhenAnOfficerIsAddedAsync();

    [Fact]
    public Task WriteEveryOfficerOfAnImportAndNoneOfARefusedOne() => WriteEveryOfficerOfAnImportAndNoneOfARefusedOneAsync();

    [Fact]
    public Task FollowAnOfficersOwnChange() => FollowAnOfficersOwnChangeAsync();

    [Fact]
    public Task ShowAnEditADeactivationAndARenewalOnThePublicList() => ShowAnEditADeactivationAndARenewalOnThePublicListAsync();

    [Fact]
    public Task PageAnAgencysOfficersByUnitThenCertificate() => PageAnAgencysOfficersByUnitThenCertificateAsync();

    [Fact]
    public Task LookUpByCertificateAcrossAgenciesAndByTheStartOfAName() => LookUpByCertificateAcrossAgenciesAndByTheStartOfANameAsync();

    [Fact]
    public Task RebuildTheRowsFromTheRoster() => RebuildTheRowsFromTheRosterAsync();

    [Fact]
    public Task CatchUpARosterWrittenBeforeTheList() => CatchUpARosterWrittenBeforeTheListAsync();
}
