using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The signed-in legal reviewer asks for supplementary materials by <c>dueDate</c> (yyyy-MM-dd); the review's time limit stops until the handler resubmits.</summary>
[Name("RequestSupplementInput")]
public sealed class RequestSupplementInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    /// <summary>Optional: the reviewer is the officer the signed-in account is linked to; when given, it must be that officer (REVIEWER_NOT_SELF).</summary>
    [Id]
    public string? ReviewerId { get; set; }

    public IReadOnlyList<string> Items { get; set; } = [];

    public string DueDate { get; set; } = "";

    public string Reason { get; set; } = "";
}
