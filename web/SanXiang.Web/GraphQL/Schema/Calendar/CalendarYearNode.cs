using GraphQL;
using SanXiang.Web.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>One year's holiday arrangement over the weekday rule: unlisted weekdays work, unlisted weekends are off.</summary>
[Name("CalendarYear")]
public sealed class CalendarYearNode(CalendarYearView view)
{
    public int Year => view.Year;

    /// <summary>True when computed from the statutory holidays, with no 调休, because no notice was entered.</summary>
    public bool Provisional => view.Provisional;

    public string Source => view.Source;

    public IEnumerable<CalendarDayNode> Days => view.Lines.Select(line => new CalendarDayNode(line));
}
