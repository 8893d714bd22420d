using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// The steps no ordinary penalty procedure may leave out, each with the article that requires it: 立案
/// (第五十四条), 调查取证 (第五十五条), 告知 before the decision (第四十四条、第四十五条、第六十二条), 听证 on the
/// party's request (第六十三条), 法制审核 before a decision that needs it (第五十八条), 决定 (第五十七条) and 送达
/// (第六十一条). 告知 and 决定 may not be optional; 告知 and 法制审核 come before 决定.
/// </summary>
public sealed class RequiredStepsRule : IProcedureFloor
{
    private static readonly (CaseStepKind Kind, string Name, string Article, bool Mandatory)[] Required =
    [
        (CaseStepKind.Filing, "立案", "第五十四条", true),
        (CaseStepKind.Investigation, "调查取证", "第五十五条", true),
        (CaseStepKind.Notification, "告知（陈述、申辩）", "第四十四条、第四十五条、第六十二条", true),
        (CaseStepKind.Hearing, "听证", "第六十三条、第六十四条", false),
        (CaseStepKind.LegalReview, "法制审核", "第五十八条", false),
        (CaseStepKind.Decision, "决定", "第五十七条", true),
        (CaseStepKind.Service, "送达", "第六十一条", true),
    ];

    public static RequiredStepsRule Instance { get; } = new();

    public string Article => $"{PenaltyLaw.Title}第四十四条至第六十四条";

    public IEnumerable<FloorViolation> Check(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Category != EnforcementCategory.Penalty)
        {
            yield break;
        }

        var steps = procedure.Steps;
        foreach (var (kind, name, article, mandatory) in Required)
        {
            var step = steps.FirstOrDefault(s => s.Kind == kind);
            if (step is null)
            {
                yield return new FloorViolation($"{PenaltyLaw.Title}{article}", $"程序“{procedure.Name}”缺少“{name}”环节");
            }
            else if (mandatory && step.Optional)
            {
                yield return new FloorViolation($"{PenaltyLaw.Title}{article}", $"程序“{procedure.Name}”的“{step.Name}”环节是法定必经环节，不能设为可跳过");
            }
        }

        var decision = IndexOf(steps, CaseStepKind.Decision);
        foreach (var (kind, article) in new[] { (CaseStepKind.Notification, "第六十二条"), (CaseStepKind.LegalReview, "第五十八条") })
        {
            var index = IndexOf(steps, kind);
            if (decision >= 0 && index > decision)
            {
                yield return new FloorViolation($"{PenaltyLaw.Title}{article}", $"程序“{procedure.Name}”的“{steps[index].Name}”环节排在“{steps[decision].Name}”之后，应在作出决定之前");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<ProcedureStep> steps, CaseStepKind kind)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
