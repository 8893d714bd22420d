using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests.Tenancy;

/// <summary>ARCHITECTURE.md principle 2: cross-tenant access is refused, not filtered.</summary>
[Collection(ClusterCollection.Name)]
public class TenantGuardShould(ClusterFixture fixture)
{
    [Fact]
    public async Task RefuseACallThatCarriesAnotherTenant()
    {
        var (a, b) = (Samples.NewTenantId(), Samples.NewTenantId());
        await fixture.Grains.GetGrain<IAgencyGrain>(b).SeedAsync(Samples.Agency(b), "v1");

        var error = await Assert.ThrowsAsync<SanXiangException>(() => AsTenantAsync(a, () => fixture.Grains.GetGrain<IAgencyGrain>(b).GetAsync()));
        Assert.Equal(ErrorCodes.TenantMismatch, error.Code);
        var planError = await Assert.ThrowsAsync<SanXiangException>(() => AsTenantAsync(a, () => fixture.Grains.GetGrain<IPlanGrain>(b).GetAsync()));
        Assert.Equal(ErrorCodes.TenantMismatch, planError.Code);
    }

    [Fact]
    public async Task LetACallOfTheSameTenantThrough()
    {
        var a = Samples.NewTenantId();
        await fixture.Grains.GetGrain<IAgencyGrain>(a).SeedAsync(Samples.Agency(a), "v1");

        var agency = await AsTenantAsync(a, () => fixture.Grains.GetGrain<IAgencyGrain>(a).GetAsync());
        Assert.Equal(a, agency!.Profile.Id);
    }

    [Fact]
    public async Task LetPlatformGrainsServeEveryTenant()
    {
        var a = Samples.NewTenantId();

        await AsTenantAsync(a, () => fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync());
        await AsTenantAsync(a, () => fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For("nobody-" + a)).GetAsync());
    }

    [Fact]
    public async Task LetACallWithoutTenantContextThrough()
    {
        var b = Samples.NewTenantId();
        TenantCallContext.Set(null);

        Assert.True(await fixture.Grains.GetGrain<IAgencyGrain>(b).SeedAsync(Samples.Agency(b), "v1"));
    }

    private static async Task<T> AsTenantAsync<T>(string tenant, Func<Task<T>> call)
    {
        TenantCallContext.Set(tenant);
        try
        {
            return await call();
        }
        finally
        {
            TenantCallContext.Set(null);
        }
    }
}
