using System.Text;

namespace SanXiang.Plugins.Sdk.Tests.Validation;

/// <summary>A plugin written in code, varied per test with <c>with</c>-style init properties.</summary>
internal sealed class CodePlugin : ISectorPlugin
{
    public SectorInfo Sector { get; init; } = new("harbour", "港口", "1.0.0", [EnforcementCategory.Inspection]);

    public IReadOnlyList<Procedure> Procedures { get; init; } =
    [
        new(EnforcementCategory.Inspection, "港口检查", [
            new("inspect", CaseStepKind.Investigation, "现场检查", false, null, ["inspection-record"], 2, []),
            new("close", CaseStepKind.Closing, "结案", false, null, [], 1, [new StepDeadline("结案", 30, DayCount.CalendarDays, "inspect", "测试条款")]),
        ], null),
    ];

    public IReadOnlyList<DocumentTemplate> DocumentTemplates { get; init; } =
        [new("inspection-record", "现场检查笔录", "港检〔{年}〕{序号}号", [new TemplateField("party", "当事人", FieldType.Text, true, "某公司")], "inspection-record.liquid")];

    public string Source { get; init; } = "# 现场检查笔录\n< 当事人：{{ party }}\n";

    public IReadOnlyList<CaseFileStandard> CaseFileStandards { get; init; } = [];

    public IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults { get; } = [];

    public IReadOnlyList<AvItem> AvItemDefaults { get; } = [];

    public IReadOnlyList<CreditFieldMapping> CreditMappings { get; } = [];

    public IReadOnlyList<Type> Components { get; } = [];

    public Stream OpenTemplate(DocumentTemplate template) => new MemoryStream(Encoding.UTF8.GetBytes(Source));
}
