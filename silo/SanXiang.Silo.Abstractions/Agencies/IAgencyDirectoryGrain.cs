using Orleans.Concurrency;

namespace SanXiang.Silo.Agencies;

/// <summary>
/// Every agency's profile: the one writer of the directory. Its state is the source of the
/// directory's read-model tables (the agencies and their ancestor closure), which it writes after
/// each change and rebuilds from its state whenever they may disagree; lists, visibility and
/// tenant look-ups read those tables through <see cref="IAgencyQueryGrain"/>. Kept current by the
/// agency grains. Key: <see cref="GrainKeys.Platform"/>, and no other.
/// </summary>
public interface IAgencyDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Read from memory; interleaves with a write in progress rather than queueing behind it.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<AgencyProfile>> ListAsync();

    [AlwaysInterleave]
    Task<AgencyProfile?> FindAsync(string tenantId);

    Task RecordAsync(AgencyProfile profile);

    /// <summary>Records many profiles with one state write and one read-model transaction (a province's onboarding).</summary>
    Task RecordAllAsync(IReadOnlyList<AgencyProfile> profiles);

    /// <summary>Drops the read-model rows and writes them again from the directory's state; returns how many agencies it wrote.</summary>
    Task<int> RebuildReadModelAsync();
}
