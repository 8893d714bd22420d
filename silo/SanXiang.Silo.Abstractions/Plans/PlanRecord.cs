using SanXiang.Domain.Plans;

namespace SanXiang.Silo.Plans;

/// <summary>
/// An agency's plan with what has happened to it: each deliverable's filings and answers (by name) and each ledger
/// task's reports (by its 序号). Items with no history are absent.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlanRecord(
    [property: Id(0)] ImplementationPlan Plan,
    [property: Id(1)] IReadOnlyDictionary<string, DeliverableHistory> Deliverables,
    [property: Id(2)] IReadOnlyDictionary<int, LedgerTaskHistory> Tasks)
{
    public DeliverableHistory HistoryOf(Deliverable deliverable)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        return Deliverables.GetValueOrDefault(deliverable.Name) ?? DeliverableHistory.Empty;
    }

    public LedgerTaskHistory HistoryOf(LedgerTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Tasks.GetValueOrDefault(task.Id) ?? LedgerTaskHistory.Empty;
    }

    public DeliverableProgress ProgressOf(Deliverable deliverable, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        return HistoryOf(deliverable).Progress(deliverable.Due, today);
    }

    public LedgerTaskProgress ProgressOf(LedgerTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return HistoryOf(task).Progress(task.DeadlineRule, Start, today);
    }

    public PlanProgress Progress(DateOnly today) => PlanProgress.Of(
        Plan.Deliverables.Select(d => (d.Due, ProgressOf(d, today))),
        Plan.LedgerTasks.Select(t => (t.LongTerm ? null : t.Due, ProgressOf(t, today))),
        today);

    /// <summary>
    /// The plan's first day: its earliest phase, or — for a plan without phases — the first deliverable's due date, or the
    /// first dated ledger task's (许昌's plan has only a ledger), so a long-term task owes its first check-in in the half-year
    /// after the plan began, not after the year 1.
    /// </summary>
    public DateOnly Start => Plan.Phases.Count > 0
        ? Plan.Phases.Min(p => p.Start)
        : Plan.Deliverables.Count > 0 ? Plan.Deliverables.Min(d => d.Due)
        : Plan.LedgerTasks.Select(t => t.Due).Where(d => d is not null).Min() ?? DateOnly.MinValue;
}
