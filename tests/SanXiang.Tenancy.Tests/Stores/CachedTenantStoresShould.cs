using Microsoft.Extensions.Options;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

/// <summary>A cache in front of a store answers as the store does (the cache alone cannot list tenants it never saw).</summary>
public sealed class CachedTenantStoresShould : TenantStoreContract
{
    protected override Task<ITenantStore<SanXiangTenantInfo>> CreateStoreAsync() =>
        Task.FromResult<ITenantStore<SanXiangTenantInfo>>(new TenantStores<SanXiangTenantInfo>(
        [
            new MemoryCacheTenantStore<SanXiangTenantInfo>(new ScriptedFeed(), Options.Create(new TenantCacheOptions()), new ManualClock()),
            new InMemoryTenantStore<SanXiangTenantInfo>([Tenants.Xuchang, Tenants.Gengma]),
        ]));
}
