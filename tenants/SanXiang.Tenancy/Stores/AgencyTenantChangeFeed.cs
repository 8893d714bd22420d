using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Tenancy.Stores;

/// <summary>
/// Changes to agencies from the directory's read model: every change stamps the rows it wrote with
/// the directory's new version, so "changed since" is one indexed query, whichever process made it.
/// </summary>
public sealed class AgencyTenantChangeFeed(IGrainFactory grains) : ITenantChangeFeed
{
    public async Task<TenantChangeSet> ReadSinceAsync(long version)
    {
        var changes = await grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform).ChangesSinceAsync(version);
        return new TenantChangeSet(changes.Version, changes.ChangedIds);
    }
}
