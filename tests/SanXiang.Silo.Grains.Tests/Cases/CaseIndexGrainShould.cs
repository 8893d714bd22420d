using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public class CaseIndexGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task NumberCasesPerYearOfFilingWithoutReusingARefusedNumber()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var index = fixture.Grains.GetGrain<ICaseIndexGrain>(tenant);

        var first = await index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        await Assert.ThrowsAsync<SanXiangException>(() => index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 3), simplified: true, fine: 5000m)));
        var third = await index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 4)));
        var nextYear = await index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2027, 1, 4)));

        Assert.Equal("2026-0001", first.Id);
        Assert.Equal("2026-0003", third.Id);
        Assert.Equal("2027-0001", nextYear.Id);
        Assert.Equal(["2027-0001", "2026-0003", "2026-0001"], (await index.ListOpenAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task ListCasesByOfficerCategoryAndStatus()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var index = fixture.Grains.GetGrain<ICaseIndexGrain>(tenant);
        await index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));

        var byOfficer = await index.ListAsync(new CaseFilter(OfficerId: OfficerId.FromCertificate(CaseSamples.Li)));
        var byOther = await index.ListAsync(new CaseFilter(OfficerId: OfficerId.FromCertificate(CaseSamples.Wang)));
        var licensing = await index.ListAsync(new CaseFilter(Category: EnforcementCategory.Licensing));
        var closed = await index.ListAsync(new CaseFilter(Status: CaseStatus.Closed));

        var summary = Assert.Single(byOfficer);
        Assert.Equal("新田县某超市", summary.PartyName);
        Assert.Equal(new CaseSummaryDeadline(new DateOnly(2026, 5, 31), summary.NextDeadline!.Text), summary.NextDeadline);
        Assert.Empty(byOther);
        Assert.Empty(licensing);
        Assert.Empty(closed);
    }

    [Fact]
    public async Task AnswerWhichCasesFallDueAndWhichAreOverdue()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var index = fixture.Grains.GetGrain<ICaseIndexGrain>(tenant);
        await index.OpenCaseAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));

        Assert.Empty(await index.DueAsync(new DateOnly(2026, 5, 20), 7));
        Assert.Single(await index.DueAsync(new DateOnly(2026, 5, 25), 7));
        Assert.Empty(await index.OverdueAsync(new DateOnly(2026, 5, 31)));
        Assert.Single(await index.OverdueAsync(new DateOnly(2026, 6, 1)));
        Assert.Single(await index.ListAsync(new CaseFilter(OverdueOn: new DateOnly(2026, 6, 1))));
    }
}
