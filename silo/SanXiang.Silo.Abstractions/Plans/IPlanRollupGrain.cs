using Orleans.Concurrency;

namespace SanXiang.Silo.Plans;

/// <summary>Rollups of the plans below a department; holds nothing. Key: <see cref="GrainKeys.Platform"/>.</summary>
public interface IPlanRollupGrain : IGrainWithStringKey
{
    /// <summary>The plans of every agency below <paramref name="departmentId"/> (not itself), counted on <paramref name="day"/>.</summary>
    [AlwaysInterleave]
    Task<PlanRollup> RollupAsync(string departmentId, DateOnly day);
}
