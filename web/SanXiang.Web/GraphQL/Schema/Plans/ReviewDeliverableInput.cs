using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A superior's answer to the filing that waits: approve, or send back with a remark.</summary>
[Name("ReviewDeliverableInput")]
public sealed class ReviewDeliverableInput
{
    [Id]
    public string TenantId { get; set; } = "";

    public string Deliverable { get; set; } = "";

    public bool Approve { get; set; }

    public string? Remark { get; set; }
}
