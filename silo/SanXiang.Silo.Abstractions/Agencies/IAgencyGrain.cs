using Orleans.Concurrency;

namespace SanXiang.Silo.Agencies;

/// <summary>An enforcement agency (执法主体). Key: the tenant id.</summary>
public interface IAgencyGrain : IGrainWithStringKey
{
    /// <summary>The agency, or null if no agency has this id. Interleaves with an edit being written.</summary>
    [AlwaysInterleave]
    Task<Agency?> GetAsync();

    /// <summary>
    /// Loads the agency from the catalog. Does nothing when the same catalog version was loaded
    /// before, or when an administrator has edited the agency since (the console wins).
    /// Returns whether anything was written.
    /// </summary>
    Task<bool> SeedAsync(Agency agency, string catalogVersion);

    /// <summary>An administrator's edit of the profile; from now on the catalog leaves this agency alone.</summary>
    Task<Agency> UpdateProfileAsync(AgencyProfile profile);
}
