using Orleans.Concurrency;
using SanXiang.Domain.Supervision;

namespace SanXiang.Silo.Plans;

/// <summary>Rollups of the plans and enforcement counts below a department; holds nothing. Key: <see cref="GrainKeys.Platform"/>.</summary>
public interface IPlanRollupGrain : IGrainWithStringKey
{
    /// <summary>The plans of every agency below <paramref name="departmentId"/> (not itself), counted on <paramref name="day"/>.</summary>
    [AlwaysInterleave]
    Task<PlanRollup> RollupAsync(string departmentId, DateOnly day);

    /// <summary>Each agency directly below <paramref name="departmentId"/>, with the agencies below it, counted on <paramref name="day"/>.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<RollupBranch>> BranchesAsync(string departmentId, DateOnly day);

    /// <summary>The agency's own enforcement counts on <paramref name="day"/>.</summary>
    [AlwaysInterleave]
    Task<EnforcementCounts> AgencyAsync(string agencyId, DateOnly day);
}
