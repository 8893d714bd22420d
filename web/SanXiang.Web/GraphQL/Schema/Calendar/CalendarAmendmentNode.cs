using GraphQL;
using SanXiang.Silo.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>A notice the administrator entered, with who entered it and when (ISO 8601, UTC).</summary>
[Name("CalendarAmendment")]
public sealed class CalendarAmendmentNode(CalendarAmendmentRecord amendment)
{
    public int Year => amendment.Year;

    public string Source => amendment.Source;

    public IEnumerable<string> Holidays => amendment.Holidays;

    public int DayCount => amendment.Days.Count;

    public string Actor => amendment.Actor;

    public string At => CalendarSettingsNode.Instant(amendment.At);
}
