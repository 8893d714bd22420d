namespace SanXiang.Tenancy.Stores;

/// <summary>
/// A store that keeps tenants other stores found. <see cref="TenantStores{TTenantInfo}"/> puts a tenant back
/// only if the cache's <see cref="Generation"/> is what it was before the later store was asked: a
/// change the cache learnt of meanwhile may have made that answer stale.
/// </summary>
public interface ITenantCache<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    /// <summary>Moves on whenever the cache learns that tenants changed.</summary>
    long Generation { get; }

    /// <summary>Keeps <paramref name="tenant"/>, unless the generation moved on since <paramref name="generation"/>.</summary>
    void Put(TTenantInfo tenant, long generation);
}
