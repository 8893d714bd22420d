namespace SanXiang.Domain.Plans;

/// <summary>
/// Where a 台账 task stands on a day, computed from its reports (<see cref="LedgerTaskHistory.Progress"/>), with the two
/// dates that decide it (<see cref="PlanItemDates"/>), so a read model can count the same thing on any day.
/// </summary>
public sealed record LedgerTaskProgress(LedgerTaskState State, bool Overdue, DateOnly? LastReportOn, PlanItemDates Dates)
{
    /// <summary>Whether the task counts as complete for 台账完成率: done, or a long-term task that reported this half-year.</summary>
    public bool Complete => State is LedgerTaskState.Done or LedgerTaskState.ReportedThisPeriod;
}
