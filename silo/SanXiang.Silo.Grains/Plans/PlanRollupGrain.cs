using Orleans.Concurrency;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Plans;

/// <summary>Holds nothing: each rollup is one read of the plans' read-model rows, answered by a local activation on any silo.</summary>
[StatelessWorker]
[Reentrant]
public sealed class PlanRollupGrain(EventLogDatabase database) : Grain, IPlanRollupGrain
{
    private readonly PlanRollupQueries queries = new(database);

    public Task<PlanRollup> RollupAsync(string departmentId, DateOnly day) => queries.RollupAsync(departmentId, day);

    public Task<IReadOnlyList<RollupBranch>> BranchesAsync(string departmentId, DateOnly day) => queries.BranchesAsync(departmentId, day);

    public Task<EnforcementCounts> AgencyAsync(string agencyId, DateOnly day) => queries.AgencyAsync(agencyId, day);
}
