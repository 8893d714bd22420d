using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

/// <summary>The store behind the cache: tenants the test may rename, and a count of how often it was asked.</summary>
internal sealed class CountingStore(params SanXiangTenantInfo[] tenants) : ITenantStore<SanXiangTenantInfo>
{
    private readonly Dictionary<string, SanXiangTenantInfo> byId = tenants.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public int Lookups { get; private set; }

    /// <summary>Runs during the next lookup, after it has read the tenant: a change that lands while the answer travels back.</summary>
    public Action? WhileAnswering { get; set; }

    public void Rename(string id, string name) => byId[id] = byId[id] with { Name = name };

    public Task<SanXiangTenantInfo?> TryGetByIdentifierAsync(string identifier)
    {
        Lookups++;
        var found = byId.GetValueOrDefault(identifier);
        WhileAnswering?.Invoke();
        WhileAnswering = null;
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<SanXiangTenantInfo>> GetAllAsync() => Task.FromResult<IReadOnlyList<SanXiangTenantInfo>>([.. byId.Values]);
}
