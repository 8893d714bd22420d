namespace SanXiang.Plugins.Validation;

/// <summary>
/// The structural rules every sector plugin must keep, shared by the host (which skips a plugin
/// that breaks them) and the contract test kit (which fails the plugin's own build).
/// </summary>
public static class SectorPluginChecks
{
    /// <summary>All problems of <paramref name="plugin"/>; empty when it may be loaded.</summary>
    public static IReadOnlyList<PluginProblem> Check(ISectorPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var problems = new List<PluginProblem>();
        CheckSector(plugin.Sector, problems);
        var kinds = DocumentKinds(plugin, problems);
        foreach (var procedure in plugin.Procedures)
        {
            ProcedureChecks.Check(procedure, plugin.Sector, kinds, problems);
        }

        foreach (var category in plugin.Sector.Categories.Where(c => plugin.Procedures.All(p => p.Category != c)))
        {
            problems.Add(new PluginProblem($"执法类别 {category} 已在 SectorInfo 中声明，但没有对应的程序"));
        }

        foreach (var item in plugin.CaseFileStandards.SelectMany(s => s.Items).Where(i => !kinds.Contains(i.DocumentKind)))
        {
            problems.Add(new PluginProblem($"案卷标准引用了不存在的文书种类 “{item.DocumentKind}”"));
        }

        problems.AddRange(TemplateChecks.Check(plugin));
        return problems;
    }

    private static void CheckSector(SectorInfo sector, List<PluginProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(sector.Id) || string.IsNullOrWhiteSpace(sector.Name))
        {
            problems.Add(new PluginProblem("SectorInfo 缺少领域标识或中文名称"));
        }

        if (!Version.TryParse(sector.Version, out _))
        {
            problems.Add(new PluginProblem($"SectorInfo 的版本号 “{sector.Version}” 无法解析（应形如 1.0.0）"));
        }
    }

    private static HashSet<string> DocumentKinds(ISectorPlugin plugin, List<PluginProblem> problems)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in plugin.DocumentTemplates.Where(t => !kinds.Add(t.Kind)))
        {
            problems.Add(new PluginProblem($"文书种类 “{template.Kind}” 重复定义", template.Resource));
        }

        return kinds;
    }
}
