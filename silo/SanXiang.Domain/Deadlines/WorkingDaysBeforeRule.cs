using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>
/// Act at least <see cref="Days"/> working days before the anchor event: the due date is the last day that
/// leaves <see cref="Days"/> whole working days between the act and the event, neither day counted.
/// </summary>
public sealed record WorkingDaysBeforeRule(string Id, string Citation, string Text, int Days) : IDeadlineRule
{
    public Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var earliestCountedDay = calendar.AddWorkingDays(anchor, -Days);
        return new Deadline(earliestCountedDay.Value.AddDays(-1), Id, Citation, Text, earliestCountedDay.ProvisionalYears);
    }
}
