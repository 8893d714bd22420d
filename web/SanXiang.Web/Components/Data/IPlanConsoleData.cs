using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Plans;
using SanXiang.Web.Plans;

namespace SanXiang.Web.Components.Data;

/// <summary>The plan pages' data: an agency's plan as <see cref="PlanService"/> gives it, for the signed-in user of the circuit.</summary>
public interface IPlanConsoleData
{
    Task<PlanStanding?> GetAsync(string tenantId);

    Task<PlanAbilities> AbilitiesAsync(string tenantId);

    Task<PlanRollup> RollupAsync(string tenantId);

    Task<IReadOnlyList<RollupBranch>> BranchesAsync(string tenantId);

    Task<IReadOnlyList<Indicator>> AgencyIndicatorsAsync(string tenantId);

    /// <summary>Calls <paramref name="onChange"/> on each roll-out change at or below the agency until the handle is disposed.</summary>
    Task<IAsyncDisposable> WatchAsync(string tenantId, Func<Task> onChange);

    Task<PlanStanding> FileDeliverableAsync(string tenantId, string deliverable, string? note, IReadOnlyList<PlanEvidence> evidence);

    Task<PlanStanding> ReviewDeliverableAsync(string tenantId, string deliverable, bool approve, string? remark);

    Task<PlanStanding> ReportLedgerTaskAsync(string tenantId, int taskId, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes);
}
