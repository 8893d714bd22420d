using System.Collections.Immutable;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// The official Chinese working-day calendar: per year the announced arrangement over the weekday rule.
/// Immutable; every change (a new year's notice, an amendment, provisional years) gives a new calendar.
/// A question about a year it holds nothing for is refused with <see cref="CalendarYearMissingException"/>.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> OfficialCalendar = new(() => new WorkingDayCalendar([.. HolidayTable.LoadOfficial()]));

    private readonly ImmutableSortedDictionary<int, CalendarYear> years;
    private readonly ImmutableDictionary<DateOnly, (CalendarEntry Entry, CalendarYear Year)> byDate;

    private WorkingDayCalendar(IEnumerable<CalendarYear> calendarYears)
    {
        years = calendarYears.ToImmutableSortedDictionary(year => year.Year, year => year);
        var index = ImmutableDictionary.CreateBuilder<DateOnly, (CalendarEntry, CalendarYear)>();
        // Ascending, so a December date announced with the next year's 元旦 wins over the year it falls in:
        // the later notice is the one in force.
        foreach (var year in years.Values)
        {
            foreach (var entry in year.Entries.Values)
            {
                index[entry.Date] = (entry, year);
            }
        }

        byDate = index.ToImmutable();
    }

    /// <summary>The calendar of the notices shipped with the domain (cn-holidays.tsv).</summary>
    public static WorkingDayCalendar Official => OfficialCalendar.Value;

    public static WorkingDayCalendar Empty { get; } = new([]);

    public IEnumerable<CalendarYear> Years => years.Values;

    public static WorkingDayCalendar From(IEnumerable<CalendarYear> calendarYears)
    {
        ArgumentNullException.ThrowIfNull(calendarYears);
        return new WorkingDayCalendar(calendarYears);
    }

    public CalendarYear? FindYear(int year) => years.GetValueOrDefault(year);

    /// <summary>Adds or replaces a year, e.g. when the State Council announces the next year's arrangement.</summary>
    public WorkingDayCalendar WithYear(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new WorkingDayCalendar(years.SetItem(year.Year, year).Values);
    }

    /// <summary>Applies an amending notice to a year the calendar holds.</summary>
    public WorkingDayCalendar Amend(CalendarAmendment amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var year = FindYear(amendment.Year) ?? throw new CalendarYearMissingException(amendment.Year);
        return WithYear(year.Amend(amendment));
    }

    /// <summary>
    /// Opts in to answering for years without a notice, computed from the statutory holidays with no 调休
    /// (<see cref="StatutoryHolidays"/>). Years with an official arrangement keep it. Every answer that
    /// touches such a year says so.
    /// </summary>
    public WorkingDayCalendar WithProvisionalYears(params IEnumerable<int> provisionalYears)
    {
        ArgumentNullException.ThrowIfNull(provisionalYears);
        var result = years;
        foreach (var year in provisionalYears.Where(year => !years.ContainsKey(year)))
        {
            result = result.SetItem(year, StatutoryHolidays.ProvisionalYear(year));
        }

        return new WorkingDayCalendar(result.Values);
    }

    public CalendarAnswer<bool> IsWorkingDay(DateOnly date)
    {
        var (working, year) = Classify(date);
        return new CalendarAnswer<bool>(working, ProvisionalOf([year]));
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="from"/>; the day of the event is not
    /// counted (行政处罚法 第八十五条: the 2/3/5/7-day periods are working days, statutory holidays excluded).
    /// A negative count goes back.
    /// </summary>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly from, int days)
    {
        var step = days < 0 ? -1 : 1;
        var remaining = Math.Abs(days);
        var used = new List<CalendarYear>();
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            var (working, year) = Classify(date);
            used.Add(year);
            if (working)
            {
                remaining--;
            }
        }

        return new CalendarAnswer<DateOnly>(date, ProvisionalOf(used));
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public CalendarAnswer<int> CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            var reversed = CountWorkingDays(to, from);
            return reversed with { Value = -reversed.Value };
        }

        var used = new List<CalendarYear>();
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            var (working, year) = Classify(date);
            used.Add(year);
            if (working)
            {
                count++;
            }
        }

        return new CalendarAnswer<int>(count, ProvisionalOf(used));
    }

    /// <summary>Natural-day periods (行政处罚法 第六十条's 90 days) need no calendar: the day of the event is not counted.</summary>
    public static DateOnly AddCalendarDays(DateOnly from, int days) => from.AddDays(days);

    private static ImmutableSortedSet<int> ProvisionalOf(IEnumerable<CalendarYear> used) =>
        [.. used.Where(year => year.Provisional).Select(year => year.Year)];

    private (bool Working, CalendarYear Year) Classify(DateOnly date)
    {
        if (byDate.TryGetValue(date, out var listed))
        {
            return (listed.Entry.Kind == DayKind.Work, listed.Year);
        }

        var year = FindYear(date.Year) ?? throw new CalendarYearMissingException(date.Year);
        return (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), year);
    }
}
