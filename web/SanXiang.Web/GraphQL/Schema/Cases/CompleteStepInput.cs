using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Completes a step with the officers who acted on it; <c>avOverrideReason</c> where the AV list allows doing without the record.</summary>
[Name("CompleteStepInput")]
public sealed class CompleteStepInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    [Id]
    public string StepId { get; set; } = "";

    [Id]
    public IReadOnlyList<string> OfficerIds { get; set; } = [];

    public string? AvOverrideReason { get; set; }
}
