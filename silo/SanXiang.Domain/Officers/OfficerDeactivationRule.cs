using System.Globalization;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Officers;

/// <summary>
/// Deactivating an officer (停用: 调离、退休、辞职…) needs a reason and the day it took effect, so the officer list
/// (执法人员清单, updated within 20 working days of a staff change, DOMAIN.md §2) says why and since when. The day may
/// not lie ahead: a deactivation takes effect when recorded, so no step is ever allowed by a future date.
/// </summary>
public static class OfficerDeactivationRule
{
    /// <summary>The reason as it is kept (normalised); every problem at once (VALIDATION_FAILED), or OFFICER_INACTIVE.</summary>
    public static string Check(OfficerFacts officer, string? reason, DateOnly? on, DateOnly today)
    {
        OfficerActivity.RequireActive(officer, "再次停用");
        var problems = new List<FieldProblem>();
        var text = TextInput.Check(TextFields.DeactivationReason, reason);
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new FieldProblem("reason", "请写明停用原因。"));
        }
        else if (!text.IsAccepted)
        {
            problems.Add(new FieldProblem("reason", text.Reason!));
        }

        if (on is not { } day)
        {
            problems.Add(new FieldProblem("on", "请填写停用日期。"));
        }
        else if (day > today)
        {
            problems.Add(new FieldProblem("on", $"停用日期不能晚于今天（{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）。"));
        }

        SanXiangException.ThrowIfAny(problems);
        return text.Text!;
    }
}
