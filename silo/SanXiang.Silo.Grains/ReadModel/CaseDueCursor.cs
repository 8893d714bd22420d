using System.Globalization;
using System.Text;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Where a page of 我的案件 ended (<see cref="Silo.Cases.CaseOrder.Urgent"/>): the last row's place in that order —
/// its due order (<see cref="CaseSummaryColumns.DueOrder"/>), filing time and case id — opaque to the client.
/// </summary>
internal sealed record CaseDueCursor(DateOnly Due, DateTimeOffset At, string CaseId)
{
    private const string Prefix = "due|";

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Due.DayNumber}|{At.UtcTicks}|{CaseId}")));

    public static CaseDueCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split('|', 3) : [];
            if (parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= DateOnly.MaxValue.DayNumber
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && parts[2].Length > 0)
            {
                return new CaseDueCursor(DateOnly.FromDayNumber(day), new DateTimeOffset(ticks, TimeSpan.Zero), parts[2]);
            }
        }
        catch (FormatException)
        {
        }

        throw new SanXiangException(ErrorCodes.ValidationFailed, "翻页位置（after）无效，请从第一页重新查询。", [new FieldProblem("after", "翻页位置无效。")]);
    }
}
