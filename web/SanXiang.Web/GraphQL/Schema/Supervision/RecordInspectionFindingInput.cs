using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>A finding of the inspection outside the scored files.</summary>
[Name("RecordInspectionFindingInput")]
public sealed class RecordInspectionFindingInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string Text { get; set; } = "";
}
