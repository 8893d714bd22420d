using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// What the current step's form holds, checked before the service sees it. The service checks again
/// (officers' certificates, documents, AV) and its refusal is shown as it says it.
/// </summary>
public sealed class StepInput
{
    public IReadOnlyList<string> OfficerIds { get; set; } = [];

    public string? AvOverrideReason { get; set; }

    public string? SkipReason { get; set; }

    /// <summary>Whether the step needs an AV record the case does not have yet.</summary>
    public static bool LacksAv(CaseView view, CaseStepView step)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(step);
        return step.Av.Required && !view.Recordings.Any(r => r.StepId == step.Id && step.Av.Kinds.Contains(r.Kind));
    }

    /// <summary>The first problem with completing the step, in Chinese, or null.</summary>
    public string? CompletionProblem(CaseView view, CaseStepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (OfficerIds.Count < Math.Max(1, step.MinimumOfficers))
        {
            // 行政处罚法 第四十二条: penalties are enforced by at least two officers.
            return step.MinimumOfficers >= 2
                ? $"本环节须由至少 {step.MinimumOfficers} 名执法人员办理（《中华人民共和国行政处罚法》第四十二条），请选择执法人员。"
                : "请选择办理本环节的执法人员。";
        }

        if (step.RequiredDocuments.FirstOrDefault(d => !d.Present) is { } document)
        {
            return $"本环节须先制作《{document.Name}》。";
        }

        if (LacksAv(view, step))
        {
            if (!step.Av.OverrideAllowed)
            {
                return "本环节须上传音像记录，且音像记录事项清单不允许免除。";
            }

            if (string.IsNullOrWhiteSpace(AvOverrideReason))
            {
                return "本环节缺少音像记录：请上传音像记录，或填写未记录的理由。";
            }
        }

        return null;
    }

    public string? SkipProblem(CaseStepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return !step.Optional ? "本环节是法定必经环节，不能跳过。"
            : string.IsNullOrWhiteSpace(SkipReason) ? "跳过可选环节须填写理由。"
            : null;
    }
}
