using System.Globalization;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// The statutory holidays of 《全国年节及纪念日放假办法》 in the version in force for a year, used to compute a
/// provisional arrangement for a year whose notice is not out yet. Only the statutory days are off: no
/// 调休 working weekends are guessed, and neither are the make-up weekdays the statute owes for a holiday
/// on a weekend (补假, 第六条), because only the notice says which weekday they fall on. A provisional
/// deadline can therefore move either way when the notice arrives.
/// </summary>
public static class StatutoryHolidays
{
    public const int FirstYear = 2008;
    public const int LastYear = Qingming.LastYear;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static CalendarYear ProvisionalYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"只能为{FirstYear}—{LastYear}年按法定节日推算临时日历。");
        }

        var (rule, springFestival, labourDay) = year switch
        {
            // 国务院令第513号 (2007 revision, from 2008): 春节 is 除夕, 初一 and 初二; 劳动节 one day.
            < 2014 => ("《全国年节及纪念日放假办法》（国务院令第513号）", new[] { -1, 0, 1 }, 1),
            // 国务院令第644号 (2013 revision, from 2014): 春节 moves to 初一 through 初三.
            < 2025 => ("《全国年节及纪念日放假办法》（国务院令第644号）", new[] { 0, 1, 2 }, 1),
            // 国务院令第795号 (2024 revision, from 2025): 春节 is 除夕 through 初三, 劳动节 two days.
            _ => ("《全国年节及纪念日放假办法》（国务院令第795号）", new[] { -1, 0, 1, 2 }, 2),
        };
        var source = $"临时推算：{rule}法定节日，未含调休";
        var newYear = LunarDate(year, 1, 1);
        var days = new List<(DateOnly Date, string Holiday)> { (new DateOnly(year, 1, 1), "元旦") };
        days.AddRange(springFestival.Select(offset => (newYear.AddDays(offset), "春节")));
        days.Add((Qingming.In(year), "清明节"));
        days.AddRange(Enumerable.Range(1, labourDay).Select(day => (new DateOnly(year, 5, day), "劳动节")));
        days.Add((LunarDate(year, 5, 5), "端午节"));
        days.Add((LunarDate(year, 8, 15), "中秋节"));
        days.AddRange(Enumerable.Range(1, 3).Select(day => (new DateOnly(year, 10, day), "国庆节")));

        // 中秋 can fall in 10-01..10-03 (2025: 10-06, 2028: 10-03); the day is off once, under both names.
        var entries = days
            .GroupBy(day => day.Date)
            .Select(group => new CalendarEntry(group.Key, DayKind.Off, string.Join("、", group.Select(day => day.Holiday)), source));
        return CalendarYear.ProvisionalFrom(year, source, entries);
    }

    // A leap month (闰月) takes the next month index in ChineseLunisolarCalendar, so months from it on shift by one.
    private static DateOnly LunarDate(int year, int month, int day)
    {
        var leapMonth = Lunar.GetLeapMonth(year);
        var index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
