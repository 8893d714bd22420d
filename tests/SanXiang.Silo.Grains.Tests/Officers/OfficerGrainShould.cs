using SanXiang.Domain.Errors;
using SanXiang.Plugins;
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
        await suspended.DeactivateAsync(OfficerStatus.Suspended);

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
