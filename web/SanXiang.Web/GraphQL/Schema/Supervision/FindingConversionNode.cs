using GraphQL;
using SanXiang.Silo.Supervision;
using SanXiang.Web.GraphQL.Schema.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>
/// 已转整改: the rectification task a finding was turned into — the department, its inspection and the task's id
/// (<c>inspection(tenantId: departmentId, id: inspectionId)</c> holds it) — by whom (the account) and when (ISO 8601, China time).
/// </summary>
[Name("FindingConversion")]
public sealed class FindingConversionNode(FindingConversion conversion)
{
    [Id]
    public string DepartmentId => conversion.DepartmentId;

    public string InspectionId => conversion.InspectionId;

    /// <summary>Null only while the task is being assigned.</summary>
    public string? RectificationId => conversion.TaskId;

    public string ConvertedBy => conversion.ConvertedBy;

    public string ConvertedAt => IsoTime.Format(conversion.ConvertedAt);
}
