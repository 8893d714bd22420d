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

    /// <summary>
    /// Creates the agency from an onboarding file (<see cref="AgencyProfileRules"/> checked again). It is not yet in the
    /// directory: the import records every agency of the file there at once, after all are written, so that none is seen
    /// before the whole file is in. CONFLICT when another agency is held under the id; the same agency again is accepted.
    /// </summary>
    Task<Agency> OnboardAsync(Agency agency);

    /// <summary>An administrator's edit of the profile; from now on the catalog leaves this agency alone.</summary>
    Task<Agency> UpdateProfileAsync(AgencyProfile profile);
}
