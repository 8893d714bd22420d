namespace SanXiang.Plugins.Validation;

internal static class ProcedureChecks
{
    public static void Check(Procedure procedure, SectorInfo sector, HashSet<string> kinds, List<PluginProblem> problems)
    {
        var where = $"程序 “{procedure.Name}”";
        if (!sector.Categories.Contains(procedure.Category))
        {
            problems.Add(new PluginProblem($"{where} 的执法类别 {procedure.Category} 未在 SectorInfo 中声明"));
        }

        CheckSteps(where, procedure.Steps, kinds, problems);
        if (procedure.Simplified is { } simplified)
        {
            CheckSteps($"{where}（简易程序）", simplified.Steps, kinds, problems);
        }
    }

    private static void CheckSteps(string where, IReadOnlyList<ProcedureStep> steps, HashSet<string> kinds, List<PluginProblem> problems)
    {
        if (steps.Count == 0)
        {
            problems.Add(new PluginProblem($"{where} 没有任何步骤"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!seen.Add(step.Id))
            {
                problems.Add(new PluginProblem($"{where} 的步骤标识 “{step.Id}” 重复"));
            }

            foreach (var kind in step.RequiredDocuments.Where(k => !kinds.Contains(k)))
            {
                problems.Add(new PluginProblem($"{where} 的步骤 “{step.Name}” 引用了不存在的文书种类 “{kind}”"));
            }
        }

        var ids = steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (step, deadline) in steps.SelectMany(s => s.Deadlines.Select(d => (s, d))))
        {
            if (deadline.FromStep is { } from && !ids.Contains(from))
            {
                problems.Add(new PluginProblem($"{where} 的步骤 “{step.Name}” 的期限从未知步骤 “{from}” 起算"));
            }
        }
    }
}
