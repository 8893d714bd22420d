using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>The department accepts the fix or sends it back with a remark.</summary>
[Name("ReviewRectificationInput")]
public sealed class ReviewRectificationInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string TaskId { get; set; } = "";

    public bool Accept { get; set; }

    public string? Remark { get; set; }
}
