using System.Collections.Immutable;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Plans;

namespace SanXiang.Web.Tests.Components;

/// <summary>
/// A plan held in memory and changed by the Domain's own rules, as the plan grain changes it, for the pages that show it.
/// The reviewing agency is the one given; the abilities are what the test grants.
/// </summary>
internal sealed class FakePlanConsoleData(ImplementationPlan? plan, PlanAbilities? abilities = null, DateOnly? today = null) : IPlanConsoleData
{
    private ImmutableDictionary<string, DeliverableHistory> deliverables = ImmutableDictionary<string, DeliverableHistory>.Empty;
    private ImmutableDictionary<int, LedgerTaskHistory> tasks = ImmutableDictionary<int, LedgerTaskHistory>.Empty;

    public DateOnly Today { get; } = today ?? new DateOnly(2019, 9, 15);

    public string ReviewingAgency { get; init; } = "henan-sft";

    public Task<PlanStanding?> GetAsync(string tenantId) => Task.FromResult(plan is null ? null : Standing());

    public Task<PlanAbilities> AbilitiesAsync(string tenantId) => Task.FromResult(abilities ?? PlanAbilities.None);

    /// <summary>What a department's rollup answers; by default a department with nothing below it.</summary>
    public PlanRollup Rollup { get; set; } = new(new DateOnly(2019, 9, 15), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [], "");

    public Task<PlanRollup> RollupAsync(string tenantId) => Task.FromResult(Rollup);

    /// <summary>What the rollup's drill-down answers; by default nothing below.</summary>
    public IReadOnlyList<RollupBranch> Branches { get; set; } = [];

    public Task<IReadOnlyList<RollupBranch>> BranchesAsync(string tenantId) => Task.FromResult(Branches);

    /// <summary>The agency's own enforcement counts; by default none.</summary>
    public EnforcementCounts AgencyCounts { get; set; } = EnforcementCounts.None;

    public Task<IReadOnlyList<Indicator>> AgencyIndicatorsAsync(string tenantId) => Task.FromResult(EnforcementIndicators.Of(AgencyCounts));

    /// <summary>The watchers the pages registered, to be called as a change elsewhere would.</summary>
    public List<Func<Task>> Watchers { get; } = [];

    public Task<IAsyncDisposable> WatchAsync(string tenantId, Func<Task> onChange)
    {
        Watchers.Add(onChange);
        return Task.FromResult<IAsyncDisposable>(new Unwatch(() => Watchers.Remove(onChange)));
    }

    private sealed class Unwatch(Action remove) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            remove();
            return ValueTask.CompletedTask;
        }
    }

    public Task<PlanStanding> FileDeliverableAsync(string tenantId, string deliverable, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        var history = deliverables.GetValueOrDefault(deliverable) ?? DeliverableHistory.Empty;
        deliverables = deliverables.SetItem(deliverable, history.File(Now, "xuchang.admin", tenantId, note, evidence));
        return Task.FromResult(Standing());
    }

    public Task<PlanStanding> ReviewDeliverableAsync(string tenantId, string deliverable, bool approve, string? remark)
    {
        var history = deliverables.GetValueOrDefault(deliverable) ?? DeliverableHistory.Empty;
        deliverables = deliverables.SetItem(deliverable, history.Review(Now, "henan-sft.supervisor", ReviewingAgency, tenantId, approve, remark));
        return Task.FromResult(Standing());
    }

    public Task<PlanStanding> ReportLedgerTaskAsync(string tenantId, int taskId, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes)
    {
        var task = plan!.LedgerTasks.Single(t => t.Id == taskId);
        var history = tasks.GetValueOrDefault(taskId) ?? LedgerTaskHistory.Empty;
        tasks = tasks.SetItem(taskId, history.CheckIn(task.DeadlineRule, Now, "xuchang.admin", note, evidence, completes));
        return Task.FromResult(Standing());
    }

    private DateTimeOffset Now => new(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private PlanStanding Standing() => new(
        new PlanRecord(plan!, deliverables, tasks),
        Today,
        new Dictionary<string, string> { ["xuchang.admin"] = "许昌市管理员", ["henan-sft.supervisor"] = "河南省司法厅监督员" },
        new Dictionary<string, string> { ["xuchang"] = "许昌市", ["henan-sft"] = "河南省司法厅" });
}
