using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// A supervisor dismisses (忽略) a finding only with a reason, which is kept with who and when: a lead set aside without
/// a word would be a lead buried, and the record must show why a department did not act on it.
/// </summary>
public static class FindingDismissalRule
{
    public const int MaxReasonLength = 500;

    /// <summary>The reason as kept; FINDING_REASON_REQUIRED when blank, VALIDATION_FAILED when longer than <see cref="MaxReasonLength"/>.</summary>
    public static string Check(string? reason)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new SanXiangException(ErrorCodes.FindingReasonRequired, "忽略监督线索须写明理由。", [new FieldProblem("reason", "请写明忽略的理由。")]);
        }

        if (text.Length > MaxReasonLength)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"理由不能超过{MaxReasonLength}字。", [new FieldProblem("reason", $"理由不能超过{MaxReasonLength}字。")]);
        }

        return text;
    }
}
