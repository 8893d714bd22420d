using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>Act within <see cref="Days"/> working days of the anchor; the anchor day itself is not counted.</summary>
public sealed record WorkingDaysAfterRule(string Id, string Citation, string Text, int Days) : IDeadlineRule
{
    public Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = calendar.AddWorkingDays(anchor, Days);
        return new Deadline(due.Value, Id, Citation, Text, due.ProvisionalYears);
    }
}
