namespace SanXiang.Tenancy.Stores;

/// <summary>
/// The stores in the order they were registered (Finbuckle's multi-store loop): the first that
/// knows the identifier answers, and a tenant found behind a cache is put into that cache.
/// Listing all tenants is the first store's that is not a cache, since a cache holds only some.
/// </summary>
public sealed class TenantStores<TTenantInfo>(IEnumerable<ITenantStore<TTenantInfo>> stores) : ITenantStore<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    private readonly ITenantStore<TTenantInfo>[] ordered = [.. stores];

    public IReadOnlyList<ITenantStore<TTenantInfo>> Stores => ordered;

    public async Task<TTenantInfo?> TryGetByIdentifierAsync(string identifier)
    {
        var caches = new List<(ITenantCache<TTenantInfo> Cache, long Generation)>();
        foreach (var store in ordered)
        {
            var tenant = await store.TryGetByIdentifierAsync(identifier);
            if (tenant is not null)
            {
                foreach (var (cache, generation) in caches)
                {
                    cache.Put(tenant, generation);
                }

                return tenant;
            }

            // Noted after the cache answered (and so synced): should it learn of a change before the put, it refuses the put.
            if (store is ITenantCache<TTenantInfo> missed)
            {
                caches.Add((missed, missed.Generation));
            }
        }

        return null;
    }

    public Task<IReadOnlyList<TTenantInfo>> GetAllAsync() =>
        ordered.FirstOrDefault(s => s is not ITenantCache<TTenantInfo>)?.GetAllAsync()
            ?? Task.FromResult<IReadOnlyList<TTenantInfo>>([]);
}
