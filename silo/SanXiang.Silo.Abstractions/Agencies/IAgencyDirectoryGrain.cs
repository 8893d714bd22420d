namespace SanXiang.Silo.Agencies;

/// <summary>
/// Every agency's profile, so that lists and the tree need one call, not one per agency.
/// Kept current by the agency grains. Key: <see cref="GrainKeys.Platform"/>.
/// </summary>
public interface IAgencyDirectoryGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<AgencyProfile>> ListAsync();

    Task<AgencyProfile?> FindAsync(string tenantId);

    Task RecordAsync(AgencyProfile profile);
}
