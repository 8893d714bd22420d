using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Officers;
using static SanXiang.Silo.Grains.Tests.Officers.OfficerSamples;

namespace SanXiang.Silo.Grains.Tests.Officers;

/// <summary>
/// The public officer list's read model (<c>published_officers</c>) on one database: written when the roster changes
/// (add, import, an officer's own change), read by agency and across agencies, and rebuilt from the roster. Each
/// database's class states the tests, so the PostgreSQL ones can say when they cannot run.
/// </summary>
public abstract class PublishedOfficersContract
{
    private protected abstract IGrainFactory Grains { get; }

    private protected abstract EventLogDatabase Database { get; }

    private IOfficerRosterGrain Roster(string tenant) => Grains.GetGrain<IOfficerRosterGrain>(tenant);

    private IPublishedOfficersGrain Published(string tenant) => Grains.GetGrain<IPublishedOfficersGrain>(tenant);

    private IPublishedOfficerSearchGrain Search => Grains.GetGrain<IPublishedOfficerSearchGrain>(GrainKeys.Platform);

    private protected async Task WriteARowWhenAnOfficerIsAddedAsync()
    {
        var tenant = Samples.NewTenantId();

        await Roster(tenant).AddAsync(Officer(" pub 0001 ", "张三"));

        var row = await Published(tenant).FindAsync("PUB0001");
        Assert.NotNull(row);
        Assert.Equal(("张三", "执法大队", "执法队员", "pub 0001", "许昌市"), (row.Name, row.Unit, row.Position, row.CertificateNumber, row.Area));
        Assert.Equal([Plugins.EnforcementCategory.Penalty, Plugins.EnforcementCategory.Inspection], row.Categories);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), OfficerStatus.Active), (row.ValidFrom, row.ValidTo, row.Status));
        Assert.Null(await Published(Samples.NewTenantId()).FindAsync("PUB0001"));
    }

    private protected async Task WriteEveryOfficerOfAnImportAndNoneOfARefusedOneAsync()
    {
        var tenant = Samples.NewTenantId();

        await Roster(tenant).ImportAsync([Officer("IMP1", "甲"), Officer("IMP2", "乙"), Officer("IMP3", "丙")]);
        await Roster(tenant).ImportAsync([Officer("IMP4", "丁"), Officer("IMP5", " ")]);

        var page = await Published(tenant).ListAsync(50, null);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["IMP1", "IMP2", "IMP3"], page.Items.Select(o => o.CertificateNumber));
    }

    private protected async Task FollowAnOfficersOwnChangeAsync()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).AddAsync(Officer("REV1"));

        await Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, "REV1")).SetCertificateStatusAsync(OfficerStatus.Revoked);

        Assert.Equal(OfficerStatus.Revoked, (await Published(tenant).FindAsync("rev1"))!.Status);
    }

    private protected async Task ShowAnEditADeactivationAndARenewalOnThePublicListAsync()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).AddAsync(Officer("CHG1", "张三"));
        await Roster(tenant).AddAsync(Officer("CHG2", "李四"));
        var first = Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, "CHG1"));
        var second = Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, "CHG2"));

        await first.UpdateAsync((await first.GetAsync())! with { Name = "张三丰", Unit = "法制科" });
        await first.RenewCertificateAsync(new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31));
        await second.DeactivateAsync("调离本机关", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));

        var edited = (await Published(tenant).FindAsync("CHG1"))!;
        Assert.Equal(("张三丰", "法制科", new DateOnly(2033, 12, 31), OfficerStatus.Active), (edited.Name, edited.Unit, edited.ValidTo, edited.Status));
        Assert.Equal(OfficerStatus.Inactive, (await Published(tenant).FindAsync("CHG2"))!.Status);
        Assert.Equal(2, (await Published(tenant).ListAsync(50, null)).TotalCount);
    }

    private protected async Task PageAnAgencysOfficersByUnitThenCertificateAsync()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).ImportAsync([
            Officer("P5") with { Unit = "乙队" }, Officer("P1") with { Unit = "乙队" }, Officer("P3") with { Unit = "甲队" },
            Officer("P2") with { Unit = "甲队" }, Officer("P4") with { Unit = "丙队" }]);
        await Roster(Samples.NewTenantId()).AddAsync(Officer("P6"));

        var seen = new List<PublishedOfficer>();
        string? after = null;
        do
        {
            var page = await Published(tenant).ListAsync(2, after);
            Assert.Equal(5, page.TotalCount);
            seen.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        // Units compare bytewise (UTF-8), as both databases order them: 丙 (E4 B8 99) < 乙 (E4 B9 99) < 甲 (E7 94 B2).
        Assert.Equal(["P4", "P1", "P5", "P2", "P3"], seen.Select(o => o.CertificateNumber));
        Assert.All(seen, o => Assert.Equal(tenant, o.TenantId));
    }

    private protected async Task LookUpByCertificateAcrossAgenciesAndByTheStartOfANameAsync()
    {
        var first = Samples.NewTenantId();
        var second = Samples.NewTenantId();
        await Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAllAsync([
            Samples.Agency(first, "查询甲县司法局").Profile, Samples.Agency(second, "查询乙县司法局").Profile]);
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await Roster(first).AddAsync(Officer($"L{unique}A", $"欧阳{unique}明"));
        await Roster(second).AddAsync(Officer($"L{unique}B", $"欧阳{unique}亮"));

        var byCertificate = await Search.SearchAsync($"l{unique}b", 10);
        var byName = await Search.SearchAsync($"欧阳{unique}", 10);
        var inOneAgency = await Published(first).SearchAsync($"欧阳{unique}", 10);

        Assert.Equal(("查询乙县司法局", $"欧阳{unique}亮"), (byCertificate.Single().AgencyName, byCertificate.Single().Name));
        Assert.Equal([$"欧阳{unique}亮", $"欧阳{unique}明"], byName.Select(o => o.Name));
        Assert.Equal([first], inOneAgency.Select(o => o.TenantId));
        Assert.Empty(await Search.SearchAsync($"阳{unique}", 10));
    }

    private protected async Task RebuildTheRowsFromTheRosterAsync()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).ImportAsync([Officer("RB1", "甲"), Officer("RB2", "乙")]);
        var live = Rows((await Published(tenant).ListAsync(50, null)).Items);
        await ExecuteAsync($"DELETE FROM published_officers WHERE tenant = '{tenant}';");

        Assert.Equal(0, (await Published(tenant).ListAsync(50, null)).TotalCount);

        var rebuilt = await Roster(tenant).RebuildPublishedAsync();

        Assert.Equal(2, rebuilt);
        Assert.Equal(live, Rows((await Published(tenant).ListAsync(50, null)).Items));
    }

    private protected async Task CatchUpARosterWrittenBeforeTheListAsync()
    {
        var tenant = Samples.NewTenantId();
        await Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAsync(Samples.Agency(tenant, "补写县司法局").Profile);
        await Roster(tenant).AddAsync(Officer("CU1", "甲"));
        await ExecuteAsync($"DELETE FROM published_officers WHERE tenant = '{tenant}'; DELETE FROM published_officer_heads WHERE tenant = '{tenant}';");

        var caughtUp = await new Grains.Officers.PublishedOfficersCatchUp(Database, Grains).RunAsync();

        Assert.True(caughtUp >= 1);
        Assert.Equal("补写县司法局", (await Published(tenant).FindAsync("CU1"))!.AgencyName);
        Assert.Equal(0, await new Grains.Officers.PublishedOfficersCatchUp(Database, Grains).RunAsync());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // A row as text: the records hold their categories in a list, which compares by reference.
    private static List<string> Rows(IEnumerable<PublishedOfficer> officers) =>
        [.. officers.Select(o => string.Join("|", o.TenantId, o.Name, o.Unit, o.Position, o.CertificateNumber, string.Join(",", o.Categories), o.Area, o.ValidFrom, o.ValidTo, o.Status))];
}
