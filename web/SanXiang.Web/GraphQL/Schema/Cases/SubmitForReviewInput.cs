using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// Submits the case's current proposal for legal review with its materials, or resubmits after supplements or a
/// return; REVIEW_MATERIALS_INCOMPLETE names each missing material.
/// </summary>
[Name("SubmitForReviewInput")]
public sealed class SubmitForReviewInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    /// <summary>The handling unit's situation note (情况说明).</summary>
    public string SituationNote { get; set; } = "";

    /// <summary>The draft decision (决定书草案): the issued document's number or another reference to it.</summary>
    public string DraftDecision { get; set; } = "";

    /// <summary>The evidence list (证据清单), one item each.</summary>
    public IReadOnlyList<string> Evidence { get; set; } = [];

    /// <summary>The hearing record (听证笔录); required when the case's hearing was held.</summary>
    public string? HearingRecord { get; set; }
}
