using Orleans.Concurrency;
using SanXiang.Domain.Plans;

namespace SanXiang.Silo.Plans;

/// <summary>An agency's implementation plan. Key: the tenant id.</summary>
public interface IPlanGrain : IGrainWithStringKey
{
    /// <summary>Interleaves with a seeding being written.</summary>
    [AlwaysInterleave]
    Task<ImplementationPlan?> GetAsync();

    /// <summary>The plan with every deliverable's filings and every ledger task's reports; null when the agency has no plan.</summary>
    [AlwaysInterleave]
    Task<PlanRecord?> GetRecordAsync();

    /// <summary>Same rules as <see cref="Agencies.IAgencyGrain.SeedAsync"/>: never overwrites an edit.</summary>
    Task<bool> SeedAsync(ImplementationPlan plan, string catalogVersion);

    /// <summary>报送: the agency files a deliverable with its superior (<see cref="DeliverableHistory.File"/>); NOT_FOUND for a name the plan lacks.</summary>
    Task<PlanRecord> FileDeliverableAsync(string deliverable, string actor, string? note, IReadOnlyList<PlanEvidence> evidence);

    /// <summary>
    /// The superior's answer to a filing, given in the name of <paramref name="reviewerAgencyId"/> — an agency above this one,
    /// as the caller has checked (<see cref="DeliverableHistory.Review"/> refuses this agency itself).
    /// </summary>
    Task<PlanRecord> ReviewDeliverableAsync(string deliverable, string actor, string reviewerAgencyId, bool approve, string? remark);

    /// <summary>报送进展 of a ledger task by its 序号 (<see cref="LedgerTaskHistory.CheckIn"/>); NOT_FOUND for a task the ledger lacks.</summary>
    Task<PlanRecord> ReportLedgerTaskAsync(int taskId, string actor, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes);
}
