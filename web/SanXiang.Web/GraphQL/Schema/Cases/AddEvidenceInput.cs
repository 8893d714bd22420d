using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A piece of evidence from a finished tus upload (kind 证据).</summary>
[Name("AddEvidenceInput")]
public sealed class AddEvidenceInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    [Id]
    public string UploadId { get; set; } = "";

    [Id]
    public string StepId { get; set; } = "";

    public string Description { get; set; } = "";
}
