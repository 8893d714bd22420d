namespace SanXiang.Domain.Plans;

/// <summary>
/// An implementation plan's progress on a day, counted from filings, approvals and reports — never typed in:
/// deliverables approved and overdue, and 台账完成率 = tasks complete (done, or long-term and reported this
/// half-year) / all tasks, with the overdue ones.
/// </summary>
public sealed record PlanProgress(
    int Deliverables,
    int DeliverablesApproved,
    int DeliverablesOverdue,
    int Tasks,
    int TasksComplete,
    int TasksOverdue)
{
    public static PlanProgress Of(IEnumerable<DeliverableProgress> deliverables, IEnumerable<LedgerTaskProgress> tasks)
    {
        ArgumentNullException.ThrowIfNull(deliverables);
        ArgumentNullException.ThrowIfNull(tasks);
        var d = deliverables.ToList();
        var t = tasks.ToList();
        return new PlanProgress(
            d.Count,
            d.Count(x => x.State == DeliverableState.Approved),
            d.Count(x => x.Overdue),
            t.Count,
            t.Count(x => x.Complete),
            t.Count(x => x.Overdue));
    }
}
