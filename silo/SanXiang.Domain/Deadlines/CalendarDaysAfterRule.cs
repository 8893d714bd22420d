using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>
/// Act within <see cref="Days"/> natural days of the anchor, the anchor day not counted. A last day that
/// falls on a holiday is not moved: 行政处罚法 does not extend it, and the earlier date is the stricter reading.
/// </summary>
public sealed record CalendarDaysAfterRule(string Id, string Citation, string Text, int Days) : IDeadlineRule
{
    public Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor) =>
        new(WorkingDayCalendar.AddCalendarDays(anchor, Days), Id, Citation, Text, []);
}
