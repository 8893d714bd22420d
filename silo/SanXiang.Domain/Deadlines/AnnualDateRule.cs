using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>Act on a fixed day of the year after the one the anchor falls in (a report on last year, due by 31 January).</summary>
public sealed record AnnualDateRule(string Id, string Citation, string Text, int Month, int Day) : IDeadlineRule
{
    public Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor) =>
        new(new DateOnly(anchor.Year + 1, Month, Day), Id, Citation, Text, []);
}
