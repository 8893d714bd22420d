namespace SanXiang.Tenancy.Stores;

/// <summary>A fixed set of tenants, for tests and tools that run without a silo.</summary>
public sealed class InMemoryTenantStore<TTenantInfo>(IEnumerable<TTenantInfo> tenants) : ITenantStore<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    private readonly Dictionary<string, TTenantInfo> byIdentifier = tenants.ToDictionary(t => t.Identifier, StringComparer.Ordinal);

    public Task<TTenantInfo?> TryGetByIdentifierAsync(string identifier) =>
        Task.FromResult(byIdentifier.GetValueOrDefault(identifier));

    public Task<IReadOnlyList<TTenantInfo>> GetAllAsync() =>
        Task.FromResult<IReadOnlyList<TTenantInfo>>([.. byIdentifier.Values]);
}
