namespace SanXiang.Tenancy.Stores;

/// <summary>Looks tenants up by identifier. Every implementation runs the same contract suite.</summary>
public interface ITenantStore<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    Task<TTenantInfo?> TryGetByIdentifierAsync(string identifier);

    Task<IReadOnlyList<TTenantInfo>> GetAllAsync();
}
