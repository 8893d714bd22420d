using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

public class InMemoryTenantStoreShould : TenantStoreContract
{
    protected override Task<ITenantStore<SanXiangTenantInfo>> CreateStoreAsync() =>
        Task.FromResult<ITenantStore<SanXiangTenantInfo>>(new InMemoryTenantStore<SanXiangTenantInfo>([Tenants.Xuchang, Tenants.Gengma]));
}
