using SanXiang.Domain.Errors;
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
    public async Task LetACertifiedOfficerActInTheirCategory()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("A1"));

        await grain.CheckCanActAsync("Penalty", Today);
    }

    [Theory]
    [InlineData("Licensing", "执法类别不包括行政许可")]
    [InlineData("Penalty", "已于 2025-12-31 过期")]
    public async Task RefuseWithAChineseReason(string category, string reason)
    {
        var validTo = category == "Penalty" ? new DateOnly(2025, 12, 31) : (DateOnly?)null;
        var grain = await AddAsync(Samples.NewTenantId(), Officer("A1", validTo: validTo));

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.CheckCanActAsync(category, Today));

        Assert.Equal(ErrorCodes.OfficerNotCertified, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseASuspendedOfficer()
    {
        var grain = await AddAsync(Samples.NewTenantId(), Officer("A1"));
        await grain.DeactivateAsync(OfficerStatus.Suspended);

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.CheckCanActAsync("Penalty", Today));

        Assert.Equal(ErrorCodes.OfficerNotCertified, error.Code);
        Assert.Contains("暂扣", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayAnUnknownOfficerIsNotFound()
    {
        var error = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(Samples.NewTenantId(), "NOBODY")).CheckCanActAsync("Penalty", Today));

        Assert.Equal(ErrorCodes.OfficerNotFound, error.Code);
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
