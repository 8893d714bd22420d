using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Issues a document of the sector's template; the case's facts fill the fields left out.</summary>
[Name("IssueDocumentInput")]
public sealed class IssueDocumentInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    [Id]
    public string StepId { get; set; } = "";

    /// <summary>The template's kind, e.g. penalty-decision.</summary>
    public string Kind { get; set; } = "";

    public IReadOnlyList<DocumentFieldInput> Fields { get; set; } = [];
}
