using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Skips an optional step, with the reason the record keeps.</summary>
[Name("SkipStepInput")]
public sealed class SkipStepInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    [Id]
    public string StepId { get; set; } = "";

    public string Reason { get; set; } = "";
}
