namespace SanXiang.Tenancy.Stores;

/// <summary>One registered store, in registration order: <see cref="TenantStores{TTenantInfo}"/> is built from these.</summary>
internal sealed record TenantStoreSlot<TTenantInfo>(Func<IServiceProvider, ITenantStore<TTenantInfo>> Resolve)
    where TTenantInfo : class, ITenantInfo;
