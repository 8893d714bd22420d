namespace SanXiang.Domain.Plans;

/// <summary>
/// Where a deliverable stands on a day: its state, whether it is overdue (not filed, or sent back and not filed
/// again, after its due date), the date it was last filed and whether that was late, the superior's last remark, and the
/// dates that decide it (<see cref="PlanItemDates"/>).
/// </summary>
public sealed record DeliverableProgress(DeliverableState State, bool Overdue, DateOnly? FiledOn, bool FiledLate, string? Remark, PlanItemDates Dates);
