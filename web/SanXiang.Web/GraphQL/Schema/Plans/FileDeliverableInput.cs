using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>报送: the deliverable by its name in the plan, an optional note and the documents filed.</summary>
[Name("FileDeliverableInput")]
public sealed class FileDeliverableInput
{
    [Id]
    public string TenantId { get; set; } = "";

    public string Deliverable { get; set; } = "";

    public string? Note { get; set; }

    public IReadOnlyList<PlanEvidenceInput> Evidence { get; set; } = [];
}
