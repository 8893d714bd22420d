using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The latest legal-review opinion on the case's current proposal.</summary>
[Name("ReviewOpinion")]
public sealed class ReviewOpinionNode(ReviewOpinion opinion)
{
    public string ProposalHash => opinion.ProposalHash;

    public CaseOfficerNode Reviewer => new(opinion.Reviewer);

    public ReviewOutcome Outcome => opinion.Outcome;

    public string Reasons => opinion.Reasons;

    public string At => IsoTime.Format(opinion.At);
}
