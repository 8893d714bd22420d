using SanXiang.Plugins.Validation;

namespace SanXiang.Plugins.Sdk.Tests.Validation;

public sealed class SectorPluginChecksShould
{
    private static readonly ProcedureStep Inspect = new("inspect", CaseStepKind.Investigation, "现场检查", false, null, ["inspection-record"], 2, []);

    private static string Problems(ISectorPlugin plugin) => string.Join("\n", SectorPluginChecks.Check(plugin));

    [Fact]
    public void FindNothingWrongWithASoundPlugin() => Assert.Empty(SectorPluginChecks.Check(new CodePlugin()));

    [Fact]
    public void ReportAStepRequiringAnUndefinedDocumentKind()
    {
        var step = Inspect with { RequiredDocuments = ["inspection-report"] };

        var problems = Problems(new CodePlugin { Procedures = [new(EnforcementCategory.Inspection, "港口检查", [step], null)] });

        Assert.Contains("不存在的文书种类 “inspection-report”", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportDuplicateStepIdsAndDeadlinesFromUnknownSteps()
    {
        var late = Inspect with { Deadlines = [new StepDeadline("x", 5, DayCount.WorkingDays, "hearing", "第六十四条")] };

        var problems = Problems(new CodePlugin { Procedures = [new(EnforcementCategory.Inspection, "港口检查", [Inspect, late], null)] });

        Assert.Contains("步骤标识 “inspect” 重复", problems, StringComparison.Ordinal);
        Assert.Contains("未知步骤 “hearing”", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCategoriesWithoutAProcedureAndProceduresOutsideTheSector()
    {
        var plugin = new CodePlugin
        {
            Sector = new("harbour", "港口", "1.0.0", [EnforcementCategory.Inspection, EnforcementCategory.Penalty]),
            Procedures = [new(EnforcementCategory.Inspection, "港口检查", [Inspect], null), new(EnforcementCategory.Fee, "收费", [Inspect], null)],
        };

        var problems = Problems(plugin);

        Assert.Contains("执法类别 Penalty 已在 SectorInfo 中声明，但没有对应的程序", problems, StringComparison.Ordinal);
        Assert.Contains("执法类别 Fee 未在 SectorInfo 中声明", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportANumberingPatternThatDoesNotParse()
    {
        var template = new CodePlugin().DocumentTemplates[0] with { NumberingPattern = "港检〔{年}〕{序号" };

        var problem = Assert.Single(SectorPluginChecks.Check(new CodePlugin { DocumentTemplates = [template] }));

        Assert.Contains("文号格式无法解析", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportATemplateThatDoesNotParseWithItsLine()
    {
        var problem = Assert.Single(SectorPluginChecks.Check(new CodePlugin { Source = "# 现场检查笔录\n{% if party %}\n< {{ party }}\n" }));

        Assert.Equal("inspection-record.liquid", problem.File);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void ReportAVersionThatIsNotAVersion()
    {
        var problems = Problems(new CodePlugin { Sector = new("harbour", "港口", "v1", [EnforcementCategory.Inspection]) });

        Assert.Contains("版本号 “v1” 无法解析", problems, StringComparison.Ordinal);
    }
}
