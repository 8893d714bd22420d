using System.Globalization;
using System.Text.RegularExpressions;

namespace SanXiang.Domain.Plans;

/// <summary>
/// Moves a plan's dates by whole months, as a template plan (the province's phases and ledger) is adopted by an agency
/// that starts later: the plans count in months (上旬, 月底, "2019年10月"), so a month's last day stays its last day and a
/// date written in the text ("2019年5月25日前", "2019年10月，并长期执行") moves with the dates beside it.
/// </summary>
public sealed partial record PlanDateShift(int Months)
{
    /// <summary>The shift that brings <paramref name="from"/>'s month to <paramref name="to"/>'s.</summary>
    public static PlanDateShift Between(DateOnly from, DateOnly to) => new(((to.Year - from.Year) * 12) + to.Month - from.Month);

    public DateOnly Apply(DateOnly date)
    {
        var moved = date.AddMonths(Months);
        var lastDay = date.Day == DateTime.DaysInMonth(date.Year, date.Month);
        return lastDay ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }

    /// <summary>The text with every 年月 (and 年月日) it names moved; other text is left as written.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return YearMonth().Replace(text, match =>
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return match.Value;
            }

            var moved = new DateOnly(year, month, 1).AddMonths(Months);
            var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var result = string.Create(CultureInfo.InvariantCulture, $"{moved.Year}年{moved.Month}月");
            return day is { } d ? result + Math.Min(d, DateTime.DaysInMonth(moved.Year, moved.Month)).ToString(CultureInfo.InvariantCulture) + "日" : result;
        });
    }

    // "2019年10月", "2019 年 10 月", "2019年5月25日"
    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?")]
    private static partial Regex YearMonth();
}
