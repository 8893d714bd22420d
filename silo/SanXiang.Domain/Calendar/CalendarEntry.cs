namespace SanXiang.Domain.Calendar;

/// <summary>One dated line of a holiday arrangement: the date, off or work, the holiday it belongs to and the notice that says so.</summary>
public sealed record CalendarEntry(DateOnly Date, DayKind Kind, string Holiday, string Source);
