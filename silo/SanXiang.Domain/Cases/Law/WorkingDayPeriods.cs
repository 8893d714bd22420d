using SanXiang.Domain.Deadlines;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 行政处罚法 第八十五条: "本法中'二日''三日''五日''七日'的规定是指工作日，不含法定节假日" — how a period a plugin
/// declares compares with the law's. Working days are never fewer calendar days than their number, so a
/// period in natural days is at least as short as the same number of working days; the other way round a
/// comparison would depend on the holidays in between, and the plugin must state the period in the law's unit.
/// </summary>
public static class WorkingDayPeriods
{
    /// <summary>Whether <paramref name="days"/> <paramref name="count"/> is at least as strict as the law's period, for whom it binds.</summary>
    public static bool IsAtLeastAsStrict(int days, DayCount count, int lawDays, DayCount lawCount, Binds binds) =>
        binds == Binds.Agency
            ? days <= lawDays && (count == lawCount || count == DayCount.CalendarDays)
            : days >= lawDays && (count == lawCount || count == DayCount.WorkingDays);

    public static string Describe(int days, DayCount count) =>
        count == DayCount.WorkingDays ? $"{days} 个工作日" : $"{days} 日";
}
