using System.Globalization;
using SanXiang.Silo.Calendar;

namespace SanXiang.Web.Calendar;

/// <summary>
/// Reads the lines of a notice as the administrator types them, one arrangement a line:
/// <c>2019-05-01至2019-05-04 放假 劳动节</c> or <c>2019-04-28 上班 劳动节</c>. The holiday may be left out
/// when the notice names only one. Every line's problem is reported in Chinese with its line number.
/// </summary>
public static class AmendmentLines
{
    private static readonly string[] RangeSeparators = ["至", "~", "～"];

    public static AmendmentLinesResult Parse(string? text, IReadOnlyList<string> holidays, string source)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var days = new List<CalendarDay>();
        var errors = new List<string>();
        var removes = false;
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cells.Length == 0)
            {
                continue;
            }

            if (cells is ["删除"])
            {
                removes = true;
                continue;
            }

            var problem = ParseLine(cells, holidays, source, days);
            if (problem is not null)
            {
                errors.Add($"第{i + 1}行：{problem}");
            }
        }

        if (days.Count == 0 && errors.Count == 0 && !removes)
        {
            errors.Add("请至少填写一行安排（日期 放假/上班 节日）；若要删除某节日的全部安排，请填写“删除”。");
        }

        return new AmendmentLinesResult(days, errors);
    }

    private static string? ParseLine(string[] cells, IReadOnlyList<string> holidays, string source, List<CalendarDay> days)
    {
        if (cells.Length is < 2 or > 3)
        {
            return "应为“日期 放假/上班 节日”，例如“2019-05-01至2019-05-04 放假 劳动节”";
        }

        bool off;
        switch (cells[1])
        {
            case "放假" or "休息" or "休":
                off = true;
                break;
            case "上班" or "调休上班" or "班":
                off = false;
                break;
            default:
                return $"“{cells[1]}”应为“放假”或“上班”";
        }

        string holiday;
        if (cells.Length == 3)
        {
            holiday = cells[2];
        }
        else if (holidays.Count == 1)
        {
            holiday = holidays[0];
        }
        else
        {
            return "通知涉及多个节日，请在行末写明该日所属节日";
        }

        if (!TryDates(cells[0], out var from, out var to))
        {
            return $"日期“{cells[0]}”应为 yyyy-MM-dd 或 yyyy-MM-dd至yyyy-MM-dd";
        }

        if (to < from || to.DayNumber - from.DayNumber > 31)
        {
            return $"日期范围“{cells[0]}”无效（结束不能早于开始，且不超过31天）";
        }

        for (var date = from; date <= to; date = date.AddDays(1))
        {
            days.Add(new CalendarDay(date, off, holiday, source));
        }

        return null;
    }

    private static bool TryDates(string text, out DateOnly from, out DateOnly to)
    {
        var parts = text.Split(RangeSeparators, StringSplitOptions.TrimEntries);
        from = to = default;
        if (parts.Length is not (1 or 2) || !TryDate(parts[0], out from))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            to = from;
            return true;
        }

        return TryDate(parts[1], out to);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
