using System.Globalization;
using System.Text.RegularExpressions;

namespace SanXiang.Domain.Plans;

/// <summary>
/// A 完成时限 cell of a task ledger (工作任务分解台账), as the plans write it: a month
/// ("2019年10月"), a month that then recurs ("2019年10月，并长期执行，适时调整"), or only
/// "长期执行" (long-term, no date).
/// </summary>
public sealed partial record LedgerDeadline(string Text, DateOnly? Due, bool LongTerm)
{
    /// <summary>Reads the cell; a month means its last day. Text that names neither a month nor 长期执行 is refused.</summary>
    public static LedgerDeadline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var longTerm = compact.Contains("长期执行", StringComparison.Ordinal);
        var match = YearMonth().Match(compact);
        DateOnly? due = null;
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                throw new FormatException($"完成时限“{text}”中的月份无效。");
            }

            due = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }

        if (due is null && !longTerm)
        {
            throw new FormatException($"完成时限“{text}”既不是年月，也不是“长期执行”。");
        }

        return new LedgerDeadline(text.Trim(), due, longTerm);
    }

    /// <summary>Whether the task is overdue on <paramref name="today"/>: a long-term task never is once its first date is past, because it recurs.</summary>
    public bool IsOverdue(DateOnly today, bool done) => !done && !LongTerm && Due is { } due && today > due;

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月")]
    private static partial Regex YearMonth();
}
