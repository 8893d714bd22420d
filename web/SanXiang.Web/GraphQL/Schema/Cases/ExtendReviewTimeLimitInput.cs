using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The agency head's approval to extend the review's time limit by <c>days</c> working days (1–5), once per review.</summary>
[Name("ExtendReviewTimeLimitInput")]
public sealed class ExtendReviewTimeLimitInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public int Days { get; set; }

    public string Reason { get; set; } = "";
}
