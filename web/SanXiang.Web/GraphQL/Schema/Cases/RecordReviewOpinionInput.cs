using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A legal reviewer's opinion on the proposal named by <c>proposalHash</c> (<c>Case.proposal.hash</c>); the reviewer by officer id.</summary>
[Name("RecordReviewOpinionInput")]
public sealed class RecordReviewOpinionInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string ProposalHash { get; set; } = "";

    [Id]
    public string ReviewerId { get; set; } = "";

    public ReviewOutcome Outcome { get; set; }

    public string Reasons { get; set; } = "";
}
