using GraphQL;
using SanXiang.Web.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>One dated line: off (放假) or a weekend made a working day (调休上班), its holiday, notice and origin.</summary>
[Name("CalendarDay")]
public sealed class CalendarDayNode(CalendarLine line)
{
    public string Date => IsoDate.Format(line.Date);

    public bool Off => line.Off;

    public string Holiday => line.Holiday;

    public string Source => line.Source;

    /// <summary>OFFICIAL (the shipped notices), AMENDED (a notice entered by the administrator) or PROVISIONAL (computed).</summary>
    public CalendarLineMark Mark => line.Mark;
}
