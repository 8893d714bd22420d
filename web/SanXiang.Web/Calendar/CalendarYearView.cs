using SanXiang.Domain.Calendar;
using SanXiang.Silo.Calendar;

namespace SanXiang.Web.Calendar;

/// <summary>
/// One year of the platform calendar: its lines with where each comes from, the amendments entered for
/// it, and the calendar itself for day-by-day questions (the month grid).
/// </summary>
public sealed record CalendarYearView(
    int Year,
    bool Provisional,
    string Source,
    IReadOnlyList<CalendarLine> Lines,
    IReadOnlyList<CalendarAmendmentRecord> Amendments,
    WorkingDayCalendar Calendar)
{
    /// <summary>The year, or null when the calendar holds no arrangement for it (and it is not allowed as provisional).</summary>
    public static CalendarYearView? For(CalendarSettings settings, int year)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var calendar = settings.ToCalendar();
        if (calendar.FindYear(year) is not { } arrangement)
        {
            return null;
        }

        var amendments = settings.Amendments.Where(amendment => amendment.Year == year).ToList();
        var amended = amendments.SelectMany(amendment => amendment.Holidays).ToHashSet(StringComparer.Ordinal);
        var lines = arrangement.Entries.Values
            .Select(entry => new CalendarLine(entry.Date, entry.Kind == DayKind.Off, entry.Holiday, entry.Source, MarkOf(arrangement, entry, amended)))
            .ToList();
        return new CalendarYearView(year, arrangement.Provisional, arrangement.Source, lines, amendments, calendar);
    }

    /// <summary>Whether <paramref name="date"/> is a working day on this calendar; null outside the years it holds.</summary>
    public bool? IsWorkingDay(DateOnly date)
    {
        try
        {
            return Calendar.IsWorkingDay(date).Value;
        }
        catch (CalendarYearMissingException)
        {
            return null;
        }
    }

    private static CalendarLineMark MarkOf(CalendarYear year, CalendarEntry entry, HashSet<string> amended) =>
        year.Provisional ? CalendarLineMark.Provisional
        : amended.Contains(entry.Holiday) ? CalendarLineMark.Amended
        : CalendarLineMark.Official;
}
