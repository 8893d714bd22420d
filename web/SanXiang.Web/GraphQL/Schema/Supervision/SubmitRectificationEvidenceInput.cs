using GraphQL;
using SanXiang.Web.GraphQL.Schema.Plans;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>提交整改材料 by the responsible agency: what was done and the documents that show it.</summary>
[Name("SubmitRectificationEvidenceInput")]
public sealed class SubmitRectificationEvidenceInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string TaskId { get; set; } = "";

    public string? Note { get; set; }

    public IReadOnlyList<PlanEvidenceInput> Evidence { get; set; } = [];
}
