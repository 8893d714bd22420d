using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>The 通报 the department issued about an overdue task: its document number and an optional note.</summary>
[Name("IssueRectificationNoticeInput")]
public sealed class IssueRectificationNoticeInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string TaskId { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public string? Note { get; set; }
}
