using SanXiang.Domain.Supervision;

namespace SanXiang.Domain.Plans;

/// <summary>
/// An implementation plan's progress on a day, counted from filings, approvals and reports — never typed in:
/// deliverables approved and overdue, and 台账完成率 = tasks complete (done, or long-term and reported this
/// half-year) / all tasks, with the overdue ones; dated items (deliverables, and ledger tasks with a date) whose due
/// date has passed, and those of them done on time.
/// </summary>
public sealed record PlanProgress(
    int Deliverables,
    int DeliverablesApproved,
    int DeliverablesOverdue,
    int Tasks,
    int TasksComplete,
    int TasksOverdue,
    int DatedItemsDue,
    int DatedItemsOnTime)
{
    /// <summary>The agency's own roll-out indicators, by the same formulas as a department's rollup.</summary>
    public IReadOnlyList<Indicator> Indicators =>
        RolloutIndicators.Of(TasksComplete, Tasks, DeliverablesApproved, Deliverables, DatedItemsOnTime, DatedItemsDue);

    /// <param name="deliverables">Each deliverable's progress with its due date.</param>
    /// <param name="tasks">Each task's progress with its due date, null for a long-term task or one without a date.</param>
    /// <param name="today">The day counted.</param>
    public static PlanProgress Of(
        IEnumerable<(DateOnly Due, DeliverableProgress Progress)> deliverables,
        IEnumerable<(DateOnly? Due, LedgerTaskProgress Progress)> tasks,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deliverables);
        ArgumentNullException.ThrowIfNull(tasks);
        var d = deliverables.ToList();
        var t = tasks.ToList();
        var dated = d.Select(x => ((DateOnly?)x.Due, x.Progress.Dates)).Concat(t.Select(x => (x.Due, x.Progress.Dates)))
            .Where(x => x.Item1 is { } due && today >= PlanItemDates.DueCountsFrom(due))
            .ToList();
        return new PlanProgress(
            d.Count,
            d.Count(x => x.Progress.State == DeliverableState.Approved),
            d.Count(x => x.Progress.Overdue),
            t.Count,
            t.Count(x => x.Progress.Complete),
            t.Count(x => x.Progress.Overdue),
            dated.Count,
            dated.Count(x => x.Dates.OnTimeFor(x.Item1!.Value)));
    }
}
