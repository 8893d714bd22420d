using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 行政处罚法 第四十二条: "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外" —
/// the inspection, investigation and evidence steps of a penalty case need at least two certified officers;
/// every other step at least one. A plugin may ask for more, never for fewer.
/// </summary>
public sealed class TwoOfficersRule : IProcedureFloor
{
    public static TwoOfficersRule Instance { get; } = new();

    public string Article => $"{PenaltyLaw.Title}第四十二条";

    /// <summary>The officers the law itself asks for on a step of <paramref name="kind"/> in <paramref name="category"/>.</summary>
    public static int LawMinimum(EnforcementCategory category, CaseStepKind kind) =>
        category == EnforcementCategory.Penalty && kind is CaseStepKind.Investigation or CaseStepKind.Evidence ? 2 : 1;

    /// <summary>The stricter of the law and the plugin: how many distinct certified officers the step needs.</summary>
    public static int Required(EnforcementCategory category, ProcedureStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Math.Max(step.MinimumOfficers, LawMinimum(category, step.Kind));
    }

    public IEnumerable<FloorViolation> Check(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var steps = procedure.Steps.Concat(procedure.Simplified?.Steps ?? []);
        foreach (var step in steps.Where(s => s.MinimumOfficers < LawMinimum(procedure.Category, s.Kind)))
        {
            yield return new FloorViolation(
                Article,
                $"程序“{procedure.Name}”的环节“{step.Name}”只要求 {step.MinimumOfficers} 名执法人员，法律要求不少于 {LawMinimum(procedure.Category, step.Kind)} 名");
        }
    }
}
