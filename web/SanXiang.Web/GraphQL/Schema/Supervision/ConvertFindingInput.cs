using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>
/// 转为整改任务 of a 监督线索: the department acting, the finding, the inspection it goes into (one of the department's of the
/// finding's agency; omitted: a 专项监督检查 of that agency is opened for it), the responsible agency, the deadline
/// (yyyy-MM-dd, a working day no earlier than today) and the problem (omitted: the model's name and the facts found).
/// </summary>
[Name("ConvertFindingInput")]
public sealed class ConvertFindingInput
{
    /// <summary>The supervising department, in whose name its supervisors, head or administrator act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string FindingId { get; set; } = "";

    public string? InspectionId { get; set; }

    [Id]
    public string ResponsibleAgencyId { get; set; } = "";

    public string Deadline { get; set; } = "";

    public string? Problem { get; set; }
}
