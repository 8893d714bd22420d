namespace SanXiang.Domain.Calendar;

/// <summary>
/// A working-day question needed a year the calendar holds no arrangement for. DOMAIN.md §7: a deadline
/// that needs a year not in the table is an explicit error, not a guess.
/// </summary>
public sealed class CalendarYearMissingException(int year)
    : InvalidOperationException($"缺少{year}年的国务院办公厅节假日安排，无法按工作日计算期限；请先录入该年度的放假通知，或明确使用按法定节日推算的临时日历。")
{
    public const string Code = "CALENDAR_YEAR_MISSING";

    public int Year { get; } = year;
}
