using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("PlanEvidenceInput")]
public sealed class PlanEvidenceInput
{
    public string Title { get; set; } = "";

    public string? DocumentNumber { get; set; }
}
