using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>
/// 导入下级机关 into the department <c>tenantId</c>: the files (a workbook with the sheets 机关, 内设机构, 执法人员,
/// 领导小组, or one .csv per sheet), the plan template every new agency adopts (<c>planTemplates</c>), the month its plan
/// starts (<c>planStart</c>, yyyy-MM-dd; today in China when left out), and <c>dryRun</c> to check without writing.
/// </summary>
[Name("ImportAgenciesInput")]
public sealed class ImportAgenciesInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string PlanTemplate { get; set; } = "";

    public string? PlanStart { get; set; }

    public IReadOnlyList<ImportFileInput> Files { get; set; } = [];

    public bool? DryRun { get; set; }
}
