using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests.Officers;

/// <summary>The same read model on PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresPublishedOfficersShould(PostgresCluster postgres) : PublishedOfficersContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(StorageTarget.Postgres(postgres.ConnectionString));

    [PostgresFact]
    public Task WriteARowWhenAnOfficerIsAdded() => WriteARowWhenAnOfficerIsAddedAsync();

    [PostgresFact]
    public Task WriteEveryOfficerOfAnImportAndNoneOfARefusedOne() => WriteEveryOfficerOfAnImportAndNoneOfARefusedOneAsync();

    [PostgresFact]
    public Task FollowAnOfficersOwnChange() => FollowAnOfficersOwnChangeAsync();

    [PostgresFact]
    public Task ShowAnEditADeactivationAndARenewalOnThePublicList() => ShowAnEditADeactivationAndARenewalOnThePublicListAsync();

    [PostgresFact]
    public Task PageAnAgencysOfficersByUnitThenCertificate() => PageAnAgencysOfficersByUnitThenCertificateAsync();

    [PostgresFact]
    public Task LookUpByCertificateAcrossAgenciesAndByTheStartOfAName() => LookUpByCertificateAcrossAgenciesAndByTheStartOfANameAsync();

    [PostgresFact]
    public Task RebuildTheRowsFromTheRoster() => RebuildTheRowsFromTheRosterAsync();

    [PostgresFact]
    public Task CatchUpARosterWrittenBeforeTheList() => CatchUpARosterWrittenBeforeTheListAsync();
}
