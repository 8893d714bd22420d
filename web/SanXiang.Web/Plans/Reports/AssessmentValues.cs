using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Text;

namespace SanXiang.Web.Plans.Reports;

/// <summary>
/// The values of a department's annual 考评表 (年终有考核): one section for each agency directly below it, counted with every
/// agency below that one, with its table of indicators, numerator and denominator beside the rate, as the dashboard's
/// drill-down counts them — so the table says what the records say.
/// </summary>
public static class AssessmentValues
{
    public static IReadOnlyDictionary<string, object?> Of(PlanRollup department, IReadOnlyList<RollupBranch> branches, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(branches);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["department_name"] = department.DepartmentName,
            ["year"] = today.Year,
            ["date"] = PlanTexts.Date(today),
            ["rows"] = branches.Select(b => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = b.Rollup.DepartmentName,
                ["agencies"] = b.Rollup.Descendants,
                ["overdue"] = b.Rollup.TasksOverdue,
                ["values"] = b.Rollup.Indicators.Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = i.Name,
                    ["value"] = i.Value is null ? "—" : $"{PlanTexts.Percent(i)}（{i.Numerator}/{i.Denominator}）",
                }).ToList(),
            }).ToList(),
            ["formulas"] = department.Indicators.Select(i => new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = i.Name, ["formula"] = i.Formula }).ToList(),
        };
    }
}
