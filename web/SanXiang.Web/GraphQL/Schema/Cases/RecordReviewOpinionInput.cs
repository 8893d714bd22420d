using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// The signed-in legal reviewer's opinion on the proposal named by <c>proposalHash</c> (<c>Case.proposal.hash</c>), with the
/// seven points (<c>checklist</c>), each with a finding and a note: a point left out is REVIEW_CHECKLIST_INCOMPLETE.
/// </summary>
[Name("RecordReviewOpinionInput")]
public sealed class RecordReviewOpinionInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string ProposalHash { get; set; } = "";

    /// <summary>Optional: the reviewer is the officer the signed-in account is linked to; when given, it must be that officer (REVIEWER_NOT_SELF).</summary>
    [Id]
    public string? ReviewerId { get; set; }

    public ReviewOutcome Outcome { get; set; }

    public string Reasons { get; set; } = "";

    public IReadOnlyList<ReviewCheckInput>? Checklist { get; set; }
}
