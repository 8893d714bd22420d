using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>下达整改任务: the finding it fixes (this inspection's, or another's by id with the problem written out), the responsible agency and a deadline (yyyy-MM-dd, a working day no earlier than today).</summary>
[Name("CreateRectificationInput")]
public sealed class CreateRectificationInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string? FindingId { get; set; }

    public string? Problem { get; set; }

    [Id]
    public string ResponsibleAgencyId { get; set; } = "";

    public string Deadline { get; set; } = "";
}
