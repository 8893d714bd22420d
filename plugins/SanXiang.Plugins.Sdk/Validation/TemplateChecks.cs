namespace SanXiang.Plugins.Validation;

/// <summary>Every template's numbering pattern parses and its Liquid source renders with the sample values.</summary>
internal static class TemplateChecks
{
    public static IEnumerable<PluginProblem> Check(ISectorPlugin plugin)
    {
        foreach (var template in plugin.DocumentTemplates)
        {
            if (Problem(plugin, template) is { } problem)
            {
                yield return problem;
            }
        }
    }

    private static PluginProblem? Problem(ISectorPlugin plugin, DocumentTemplate template)
    {
        try
        {
            if (template.NumberingPattern is { } pattern)
            {
                DocumentNumberPattern.Parse(pattern);
            }

            DocumentRenderer.Render(plugin, template, TemplateSamples.For(template));
            return null;
        }
        catch (DocumentNumberPatternException e)
        {
            return new PluginProblem($"文书 “{template.Name}” 的文号格式无法解析：{e.Message}", template.Resource);
        }
        catch (DocumentRenderException e)
        {
            return new PluginProblem($"文书模板 “{template.Name}” 无法生成：{e.Message}", e.TemplateName, e.Line);
        }
        catch (Exception e) when (e is IOException or PluginResourceException or InvalidOperationException)
        {
            return new PluginProblem($"无法读取文书模板 “{template.Name}”：{e.Message}", template.Resource);
        }
    }
}
