using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Officers;
using static SanXiang.Silo.Grains.Tests.Officers.OfficerSamples;

namespace SanXiang.Silo.Grains.Tests.Officers;

[Collection(ClusterCollection.Name)]
public class OfficerGrainShould(ClusterFixture fixture)
{
    private async Task<IOfficerGrain> AddAsync(string tenant, Officer officer)
    {
        var added = await fixture.Grains.GetGrain<IOfficerRosterGrain>(tenant).AddAsync(officer);
        return fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, added.Id));
    }

    [Fact]
    public async Task OfferOnlyOfficersTheEngineLetsActInTheCategory()
    {
        var tenant = Samples.NewTenantId();
        await AddAsync(tenant, Officer("A1"));
        await AddAsync(tenant, Officer("A2", validTo: new DateOnly(2025, 12, 31)));
        var suspended = await AddAsync(tenant, Officer("A3"));
        await suspended.SetCertificateStatusAsync(OfficerStatus.Suspended);

        var roster = fixture.Grains.GetGrain<IOfficerRosterGrain>(tenant);

        Assert.Equal(["A1"], (await roster.ListEligibleAsync(EnforcementCategory.Penalty, Today)).Select(o => o.Id));
        Assert.Empty(await roster.ListEligibleAsync(EnforcementCategory.Licensing, Today));
    }

    [Fact]
    public async Task RefuseToUpdateAnOfficerNeverAdded()
    {
        var error = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(Samples.NewTenantId(), "A1")).UpdateAsync(Officer("A1")));

        Assert.Equal(ErrorCodes.OfficerNotFound, error.Code);
    }

    [Fact]
    public async Task RefuseAnUpdateThatChangesTheCertificateNumber()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("A1"));

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.UpdateAsync(Officer("B2")));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    private static readonly DateOnly LastMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);

    [Fact]
    public async Task RefuseADeactivatedOfficerOnANewCaseStepAndKeepThemOnTheRecord()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var opened = await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        var driver = new PenaltyCaseDriver(fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, opened.Id)));
        await fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, CaseSamples.Li)).DeactivateAsync("调离本机关", LastMonth);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.IssueAndCompleteAsync("filing", CaseSamples.At(2026, 3, 2)));

        Assert.Equal(ErrorCodes.OfficerInactive, refused.Code);
        Assert.Contains("李华", refused.Message, StringComparison.Ordinal);
        Assert.Contains(CaseSamples.Li, (await driver.Grain.GetAsync())!.Officers.Select(o => o.Id));
        Assert.DoesNotContain(CaseSamples.Li, (await fixture.Grains.GetGrain<IOfficerRosterGrain>(tenant).ListEligibleAsync(EnforcementCategory.Penalty, Today)).Select(o => o.Id));
    }

    [Fact]
    public async Task KeepTheReasonAndDateOfADeactivationAndRefuseAnythingAfterIt()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("D1"));

        var deactivated = await grain.DeactivateAsync(" 退休 ", LastMonth);
        var edit = await Assert.ThrowsAsync<SanXiangException>(() => grain.UpdateAsync(deactivated with { Name = "张三丰" }));
        var renewal = await Assert.ThrowsAsync<SanXiangException>(() => grain.RenewCertificateAsync(new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31)));
        var again = await Assert.ThrowsAsync<SanXiangException>(() => grain.DeactivateAsync("调离", LastMonth));

        Assert.Equal((OfficerStatus.Inactive, new OfficerDeactivation("退休", LastMonth)), (deactivated.Status, deactivated.Deactivation));
        Assert.Equal([ErrorCodes.OfficerInactive, ErrorCodes.OfficerInactive, ErrorCodes.OfficerInactive], new[] { edit.Code, renewal.Code, again.Code });
        Assert.Equal("张三", (await grain.GetAsync())!.Name);
    }

    [Fact]
    public async Task RefuseADeactivationDatedTomorrowWithoutReason()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("D2"));

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.DeactivateAsync("", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2)));

        Assert.Equal(["reason", "on"], refused.Problems.Select(p => p.Field));
        Assert.Equal(OfficerStatus.Active, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task KeepThePastTermWhenACertificateIsRenewed()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("R1"));

        var renewed = await grain.RenewCertificateAsync(new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31));
        var shorter = await Assert.ThrowsAsync<SanXiangException>(() => grain.RenewCertificateAsync(new DateOnly(2029, 1, 1), new DateOnly(2030, 12, 31)));

        Assert.Equal((new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31)), (renewed.ValidFrom, renewed.ValidTo));
        var past = Assert.Single(renewed.PastTerms);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)), (past.ValidFrom, past.ValidTo));
        Assert.Equal("validTo", Assert.Single(shorter.Problems).Field);
    }

    [Fact]
    public async Task EditTheDetailsButNotTheStandingOrTheHistory()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("E1"));
        await grain.SetCertificateStatusAsync(OfficerStatus.Suspended);
        var renewed = await grain.RenewCertificateAsync(new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31));

        var edited = await grain.UpdateAsync(renewed with { Name = "张三丰", Unit = "法制科", Status = OfficerStatus.Active, PastTerms = [], IsReviewer = true });

        Assert.Equal(("张三丰", "法制科", true), (edited.Name, edited.Unit, edited.IsReviewer));
        Assert.Equal(OfficerStatus.Suspended, edited.Status);
        Assert.Single(edited.PastTerms);
    }

    [Fact]
    public async Task NameEveryFieldAnEditGetsWrong()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("E2"));
        var current = (await grain.GetAsync())!;

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.UpdateAsync(current with { Name = " ", Unit = "", Categories = [], ValidTo = new DateOnly(2020, 1, 1) }));

        Assert.Equal(["name", "unit", "categories", "validTo"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task RefuseACallFromAnotherTenant()
    {
        var (a, b) = (Samples.NewTenantId(), Samples.NewTenantId());
        var grain = await AddAsync(b, Officer("A1"));

        TenantCallContext.Set(a);
        try
        {
            var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.GetAsync());
            var rosterError = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<IOfficerRosterGrain>(b).ListAsync());
            Assert.Equal(ErrorCodes.TenantMismatch, error.Code);
            Assert.Equal(ErrorCodes.TenantMismatch, rosterError.Code);
        }
        finally
        {
            TenantCallContext.Set(null);
        }
    }
}
