using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

public class AgencyTenantStoreShould(DirectoryCluster cluster) : TenantStoreContract, IClassFixture<DirectoryCluster>
{
    protected override async Task<ITenantStore<SanXiangTenantInfo>> CreateStoreAsync()
    {
        var directory = cluster.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        await directory.RecordAsync(Tenants.Profile(Tenants.Xuchang));
        await directory.RecordAsync(Tenants.Profile(Tenants.Gengma));
        return new AgencyTenantStore(cluster.Grains);
    }

    [Fact]
    public async Task NeverTreatThePlatformPrefixAsATenant()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.TryGetByIdentifierAsync(GrainKeys.Platform));
    }
}
