using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Tenancy.Stores;

/// <summary>Tenants are the agencies: looked up in the directory's read model (one indexed query, on the silo that takes the call).</summary>
public sealed class AgencyTenantStore(IGrainFactory grains) : ITenantStore<SanXiangTenantInfo>
{
    private IAgencyQueryGrain Directory => grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    public async Task<SanXiangTenantInfo?> TryGetByIdentifierAsync(string identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier) || identifier == GrainKeys.Platform)
        {
            return null;
        }

        return await Directory.FindAsync(identifier) is { } profile ? SanXiangTenantInfo.From(profile) : null;
    }

    public async Task<IReadOnlyList<SanXiangTenantInfo>> GetAllAsync()
    {
        var all = new List<SanXiangTenantInfo>();
        AgencyCursor? after = null;
        do
        {
            var page = await Directory.ListAsync(new AgencyQuery(null, AgencyQuery.MaxFirst, after));
            all.AddRange(page.Items.Select(item => SanXiangTenantInfo.From(item.Profile)));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return all;
    }
}
