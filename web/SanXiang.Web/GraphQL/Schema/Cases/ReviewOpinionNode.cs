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

    /// <summary>The seven points in order; empty for an opinion recorded before the checklist was asked for.</summary>
    public IEnumerable<ReviewCheckNode> Checklist => opinion.Checks.OrderBy(c => c.Point).Select(c => new ReviewCheckNode(c));

    public string At => IsoTime.Format(opinion.At);
}
