namespace SanXiang.Web.Calendar;

/// <summary>One line of a year's arrangement as the console and the API show it.</summary>
public sealed record CalendarLine(DateOnly Date, bool Off, string Holiday, string Source, CalendarLineMark Mark);
