using GraphQL;
using SanXiang.Domain.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("PlanEvidence")]
public sealed class PlanEvidenceNode(PlanEvidence evidence)
{
    public string Title => evidence.Title;

    /// <summary>文号, when the document has one.</summary>
    public string? DocumentNumber => evidence.DocumentNumber;
}
