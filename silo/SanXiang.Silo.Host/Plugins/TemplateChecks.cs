using SanXiang.Plugins;
using SanXiang.Plugins.Validation;

namespace SanXiang.Silo.Host.Plugins;

/// <summary>Checks that need the plugin's resources: every template's source can be opened and is not empty.</summary>
internal static class TemplateChecks
{
    public static IEnumerable<PluginProblem> Check(ISectorPlugin plugin)
    {
        foreach (var template in plugin.DocumentTemplates)
        {
            PluginProblem? problem;
            try
            {
                using var stream = plugin.OpenTemplate(template);
                using var reader = new StreamReader(stream);
                problem = reader.ReadToEnd().Length == 0 ? new PluginProblem($"文书模板 “{template.Name}” 为空", template.Resource) : null;
            }
            catch (Exception e)
            {
                problem = new PluginProblem($"无法打开文书模板 “{template.Name}”：{e.Message}", template.Resource);
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }
}
