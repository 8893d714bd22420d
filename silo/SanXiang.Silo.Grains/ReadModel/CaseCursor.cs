using System.Globalization;
using System.Text;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>Where a page of a case list ended: the last row's time (a case's filing, a review's submission) and case id, opaque to the client.</summary>
internal sealed record CaseCursor(DateTimeOffset At, string CaseId)
{
    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}|{CaseId}")));

    public static CaseCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                return new CaseCursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw new SanXiangException(ErrorCodes.ValidationFailed, "翻页位置（after）无效，请从第一页重新查询。", [new FieldProblem("after", "翻页位置无效。")]);
    }
}
