namespace SanXiang.Silo.Agencies;

/// <summary>
/// Reads the agency directory's read-model tables (the agencies and their ancestor closure), which
/// the <see cref="IAgencyDirectoryGrain"/> keeps current. A stateless worker: every silo answers
/// locally and in parallel, and no read waits behind a write. Key: <see cref="GrainKeys.Platform"/>.
/// </summary>
public interface IAgencyQueryGrain : IGrainWithStringKey
{
    /// <summary>One page of agencies, ordered by region code, then id; filters and the visibility scope are applied in SQL.</summary>
    Task<AgencyListPage> ListAsync(AgencyQuery query);

    /// <summary>The agency's profile, or null when no agency has this id.</summary>
    Task<AgencyProfile?> FindAsync(string tenantId);

    /// <summary>
    /// Whether <paramref name="tenantId"/> is one of <paramref name="ancestors"/> or lies below one
    /// of them, at any depth: one closure lookup, not a walk up the parent chain.
    /// </summary>
    Task<bool> IsWithinAsync(IReadOnlyList<string> ancestors, string tenantId);

    /// <summary><paramref name="tenantId"/> and every department above it, nearest first: one closure lookup.</summary>
    Task<IReadOnlyList<string>> AncestorsAsync(string tenantId);

    /// <summary>
    /// Which agencies changed after directory version <paramref name="version"/>, for caches of
    /// tenants: every change bumps the directory's version and stamps the changed rows with it.
    /// </summary>
    Task<AgencyChanges> ChangesSinceAsync(long version);
}
