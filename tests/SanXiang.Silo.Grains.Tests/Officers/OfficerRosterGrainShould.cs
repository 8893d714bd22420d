using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using static SanXiang.Silo.Grains.Tests.Officers.OfficerSamples;

namespace SanXiang.Silo.Grains.Tests.Officers;

[Collection(ClusterCollection.Name)]
public class OfficerRosterGrainShould(ClusterFixture fixture)
{
    private IOfficerRosterGrain Roster(string tenant) => fixture.Grains.GetGrain<IOfficerRosterGrain>(tenant);

    [Fact]
    public async Task AddAnOfficerKeyedByTheNormalisedCertificateNumber()
    {
        var tenant = Samples.NewTenantId();

        var added = await Roster(tenant).AddAsync(Officer(" 4110 0020x "));

        Assert.Equal("41100020X", added.Id);
        Assert.Equal("张三", (await fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, "41100020X")).GetAsync())!.Name);
        Assert.Equal("41100020X", (await Roster(tenant).FindAsync("41100020x"))!.Id);
        Assert.Single(await Roster(tenant).ListAsync());
    }

    [Fact]
    public async Task RefuseASecondOfficerWithTheSameCertificate()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).AddAsync(Officer("A1"));

        var error = await Assert.ThrowsAsync<SanXiangException>(() => Roster(tenant).AddAsync(Officer("a1", "李四")));

        Assert.Equal(ErrorCodes.Conflict, error.Code);
    }

    [Fact]
    public async Task RefuseAnOfficerWithoutName()
    {
        var error = await Assert.ThrowsAsync<SanXiangException>(() => Roster(Samples.NewTenantId()).AddAsync(Officer("A1", " ")));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("姓名为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportNothingWhenOneOfficerIsBad()
    {
        var tenant = Samples.NewTenantId();
        await Roster(tenant).AddAsync(Officer("OLD"));

        var problems = await Roster(tenant).ImportAsync([Officer("N1"), Officer("N2", " "), Officer("n1"), Officer("old")]);

        Assert.Equal([1, 2, 3], problems.Select(p => p.Index));
        Assert.Contains("与第 1 条重复", problems.Single(p => p.Index == 2).Message, StringComparison.Ordinal);
        Assert.Contains("已存在", problems.Single(p => p.Index == 3).Message, StringComparison.Ordinal);
        Assert.Equal(["OLD"], (await Roster(tenant).ListAsync()).Select(o => o.Id));
        Assert.Null(await fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, "N1")).GetAsync());
    }

    [Fact]
    public async Task ImportEveryOfficerWhenAllAreGood()
    {
        var tenant = Samples.NewTenantId();

        Assert.Empty(await Roster(tenant).ImportAsync([Officer("N1"), Officer("N2")]));

        Assert.Equal(["N1", "N2"], (await Roster(tenant).ListAsync()).Select(o => o.Id));
    }

    [Fact]
    public async Task ListAnUpdateOrDeactivationMadeOnTheOfficer()
    {
        var tenant = Samples.NewTenantId();
        var added = await Roster(tenant).AddAsync(Officer("A1"));
        var grain = fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, added.Id));

        await grain.UpdateAsync(added with { Name = "张三丰" });
        await grain.SetCertificateStatusAsync(OfficerStatus.Suspended);

        var listed = Assert.Single(await Roster(tenant).ListAsync());
        Assert.Equal("张三丰", listed.Name);
        Assert.Equal(OfficerStatus.Suspended, listed.Status);
    }
}
