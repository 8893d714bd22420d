using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Plans;

/// <summary>
/// One agency's plan and its history. Every filing, answer and report goes through here one at a time, so each
/// Domain rule sees the history it changes. After each write the plan's read-model rows (<see cref="PlanRollupTable"/>)
/// are replaced with the new version's; if that did not happen (the process stopped in between), the next activation
/// sees the rows' older version and writes them again.
/// </summary>
public sealed class PlanGrain(
    [PersistentState("plan", Names.Storage)] IPersistentState<PlanGrain.State> state,
    EventLogDatabase database,
    TimeProvider clock,
    ILogger<PlanGrain> logger) : Grain, IPlanGrain
{
    private readonly PlanRollupTable rows = new(database);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Plan is not null && await rows.VersionAsync(TenantId) != state.State.Version)
        {
            await rows.WriteAsync(TenantId, Record(), state.State.Version);
        }
    }

    public Task<ImplementationPlan?> GetAsync() => Task.FromResult(state.State.Plan);

    public Task<PlanRecord?> GetRecordAsync() => Task.FromResult(Record());

    public async Task<bool> SeedAsync(ImplementationPlan plan, string catalogVersion)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (state.State.Plan?.EditedAt is not null || state.State.CatalogVersion == catalogVersion)
        {
            return false;
        }

        // A new catalog version replaces the plan's text, not what the agency has filed and reported against it.
        await WriteAsync(state.State with { Plan = plan with { EditedAt = null }, CatalogVersion = catalogVersion });
        return true;
    }

    public async Task<PlanRecord> FileDeliverableAsync(string deliverable, string actor, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        var item = FindDeliverable(deliverable);
        var history = Deliverables.GetValueOrDefault(item.Name) ?? DeliverableHistory.Empty;
        var filed = history.File(clock.GetUtcNow(), actor, TenantId, note, evidence);
        return await WriteAsync(state.State with { Deliverables = Deliverables.SetItem(item.Name, filed) });
    }

    public async Task<PlanRecord> ReviewDeliverableAsync(string deliverable, string actor, string reviewerAgencyId, bool approve, string? remark)
    {
        var item = FindDeliverable(deliverable);
        var history = Deliverables.GetValueOrDefault(item.Name) ?? DeliverableHistory.Empty;
        var answered = history.Review(clock.GetUtcNow(), actor, reviewerAgencyId, TenantId, approve, remark);
        return await WriteAsync(state.State with { Deliverables = Deliverables.SetItem(item.Name, answered) });
    }

    public async Task<PlanRecord> ReportLedgerTaskAsync(int taskId, string actor, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes)
    {
        var task = RequirePlan().LedgerTasks.FirstOrDefault(t => t.Id == taskId)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"工作任务分解台账中没有序号为 {taskId} 的任务。");
        var history = Tasks.GetValueOrDefault(task.Id) ?? LedgerTaskHistory.Empty;
        var reported = history.CheckIn(task.DeadlineRule, clock.GetUtcNow(), actor, note, evidence, completes);
        return await WriteAsync(state.State with { Tasks = Tasks.SetItem(task.Id, reported) });
    }

    private string TenantId => this.GetPrimaryKeyString();

    private ImmutableDictionary<string, DeliverableHistory> Deliverables =>
        state.State.Deliverables ?? ImmutableDictionary<string, DeliverableHistory>.Empty.WithComparers(StringComparer.Ordinal);

    private ImmutableDictionary<int, LedgerTaskHistory> Tasks => state.State.Tasks ?? ImmutableDictionary<int, LedgerTaskHistory>.Empty;

    private Deliverable FindDeliverable(string name) =>
        RequirePlan().Deliverables.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal))
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"实施方案中没有名为“{name}”的报送材料。");

    private ImplementationPlan RequirePlan() =>
        state.State.Plan ?? throw new SanXiangException(ErrorCodes.NotFound, "该机关尚未录入实施方案。");

    private PlanRecord? Record() => state.State.Plan is { } plan ? new PlanRecord(plan, Deliverables, Tasks) : null;

    private async Task<PlanRecord> WriteAsync(State next)
    {
        state.State = next with { Version = state.State.Version + 1 };
        await state.WriteStateAsync();
        await rows.WriteAsync(TenantId, Record(), state.State.Version);
        await RolloutAnnouncement.SendAsync(this, GrainFactory, TenantId, clock.GetUtcNow(), logger);
        return Record()!;
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public ImplementationPlan? Plan { get; init; }

        [Id(1)]
        public string? CatalogVersion { get; init; }

        [Id(2)]
        public ImmutableDictionary<string, DeliverableHistory>? Deliverables { get; init; }

        [Id(3)]
        public ImmutableDictionary<int, LedgerTaskHistory>? Tasks { get; init; }

        /// <summary>Counts the writes, so the read-model rows can tell whether they hold the latest (<see cref="PlanRollupTable"/>).</summary>
        [Id(4)]
        public int Version { get; init; }
    }
}
