using System.Globalization;
using System.Text;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Where a page of a case list ended: the last row's time (a case's filing, a review's submission), agency and case
/// id, opaque to the client. The agency orders rows of the same instant across a supervisor's agencies; a list of one
/// agency ignores it.
/// </summary>
internal sealed record CaseCursor(DateTimeOffset At, string TenantId, string CaseId)
{
    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}|{TenantId}|{CaseId}")));

    public static CaseCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            // Tenant ids hold no bar (lower-case letters, digits and '-'), so the first two bars split the keys.
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|', 3);
            if (parts.Length == 3 && parts[1].Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                return new CaseCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
        }

        throw new SanXiangException(ErrorCodes.ValidationFailed, "翻页位置（after）无效，请从第一页重新查询。", [new FieldProblem("after", "翻页位置无效。")]);
    }
}
