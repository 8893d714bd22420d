using Orleans.Concurrency;

namespace SanXiang.Silo.Plans;

/// <summary>An agency's implementation plan. Key: the tenant id.</summary>
public interface IPlanGrain : IGrainWithStringKey
{
    /// <summary>Interleaves with a seeding being written.</summary>
    [AlwaysInterleave]
    Task<ImplementationPlan?> GetAsync();

    /// <summary>Same rules as <see cref="Agencies.IAgencyGrain.SeedAsync"/>: never overwrites an edit.</summary>
    Task<bool> SeedAsync(ImplementationPlan plan, string catalogVersion);
}
