using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Tenancy.Stores;

/// <summary>Tenants are the agencies: looked up in the agency directory grain.</summary>
public sealed class AgencyTenantStore(IGrainFactory grains) : ITenantStore<SanXiangTenantInfo>
{
    private IAgencyDirectoryGrain Directory => grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);

    public async Task<SanXiangTenantInfo?> TryGetByIdentifierAsync(string identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier) || identifier == GrainKeys.Platform)
        {
            return null;
        }

        return await Directory.FindAsync(identifier) is { } profile ? SanXiangTenantInfo.From(profile) : null;
    }

    public async Task<IReadOnlyList<SanXiangTenantInfo>> GetAllAsync() =>
        [.. (await Directory.ListAsync()).Select(SanXiangTenantInfo.From)];
}
