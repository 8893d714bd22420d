namespace SanXiang.Domain.Plans;

/// <summary>
/// The dates on which a deliverable or ledger task changes standing without anyone acting, as its history leaves it:
/// it is overdue from <see cref="OverdueFrom"/> and counts as complete until <see cref="CompleteUntil"/> (null: never),
/// and <see cref="DoneOn"/> is the day it was done (filed, or reported done) for an on-time count against its due date.
/// The rules decide these once (<see cref="DeliverableHistory"/>, <see cref="LedgerTaskHistory"/>); a day's standing — in
/// the Domain and in the read model's rollups alike — only compares them with that day.
/// </summary>
public sealed record PlanItemDates(DateOnly? OverdueFrom, DateOnly? CompleteUntil, DateOnly? DoneOn)
{
    public bool OverdueOn(DateOnly day) => OverdueFrom is { } from && day >= from;

    public bool CompleteOn(DateOnly day) => CompleteUntil is { } until && day <= until;

    /// <summary>按期完成: done (filed, or reported done) by its due date.</summary>
    public bool OnTimeFor(DateOnly due) => DoneOn <= due;

    /// <summary>A dated item counts for 按期完成率 from the day after its due date, when it can no longer be on time.</summary>
    public static DateOnly DueCountsFrom(DateOnly due) => due.AddDays(1);
}
