using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>问责 against a task overdue and not fixed: the person and the measure.</summary>
[Name("RecordAccountabilityInput")]
public sealed class RecordAccountabilityInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    public string TaskId { get; set; } = "";

    public string Person { get; set; } = "";

    public string Measure { get; set; } = "";

    public string? Reason { get; set; }
}
