using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>
/// When the calendar changes (a new notice, an amendment like 国办发明电〔2019〕3号), every open deadline is
/// computed again on the new calendar; the case engine tells the parties and officers about those that moved.
/// </summary>
public static class DeadlineRecomputation
{
    public static IReadOnlyList<RecomputedDeadline> Recompute(IEnumerable<OpenDeadline> open, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(calendar);
        return [.. open.Select(deadline => new RecomputedDeadline(deadline.Key, deadline.Current, deadline.Rule.Compute(calendar, deadline.Anchor)))];
    }

    public static IReadOnlyList<RecomputedDeadline> Moved(IEnumerable<OpenDeadline> open, WorkingDayCalendar calendar) =>
        [.. Recompute(open, calendar).Where(deadline => deadline.Moved)];
}
