using SanXiang.Domain.Calendar;

namespace SanXiang.Silo.Calendar;

public static class CalendarSettingsExtensions
{
    /// <summary>
    /// The seven statutory holidays of 《全国年节及纪念日放假办法》 that a year's notice arranges. A combined line
    /// such as “国庆节、中秋节” (2020, 2023) counts for each holiday it names.
    /// </summary>
    public static IReadOnlyList<string> StatutoryHolidayNames { get; } = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    /// <summary>
    /// The platform calendar: the official table shipped with the domain, then each amendment in the order
    /// it was made, then the provisional years (which never override a year that has an arrangement).
    /// An amendment for a year the calendar does not hold yet is that year's notice: it becomes a whole
    /// official year, and must therefore name every statutory holiday — otherwise a holiday it left out
    /// would silently count as working days (DOMAIN.md §7: no guessing).
    /// </summary>
    public static WorkingDayCalendar ToCalendar(this CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var calendar = WorkingDayCalendar.Official;
        foreach (var record in settings.Amendments)
        {
            var amendment = record.ToAmendment();
            calendar = calendar.FindYear(record.Year) is null
                ? calendar.WithYear(NewYear(amendment))
                : calendar.Amend(amendment);
        }

        return calendar.WithProvisionalYears(settings.ProvisionalYears);
    }

    public static CalendarAmendment ToAmendment(this CalendarAmendmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CalendarAmendment(record.Year, record.Source, record.Holidays, record.Days.Select(ToEntry));
    }

    public static CalendarEntry ToEntry(this CalendarDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new CalendarEntry(day.Date, day.Off ? DayKind.Off : DayKind.Work, day.Holiday, day.Source);
    }

    public static CalendarDay ToDay(this CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CalendarDay(entry.Date, entry.Kind == DayKind.Off, entry.Holiday, entry.Source);
    }

    private static CalendarYear NewYear(CalendarAmendment amendment)
    {
        var named = amendment.Holidays.SelectMany(holiday => holiday.Split('、')).ToHashSet(StringComparer.Ordinal);
        var missing = StatutoryHolidayNames.Where(holiday => !named.Contains(holiday)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"日历中还没有{amendment.Year}年的安排，录入该年度的放假通知时须列出全部法定节日，缺少：{string.Join("、", missing)}。",
                nameof(amendment));
        }

        return CalendarYear.Official(amendment.Year, amendment.Entries);
    }
}
