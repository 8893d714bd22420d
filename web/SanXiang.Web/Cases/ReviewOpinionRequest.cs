using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.Cases;

/// <summary>
/// What a reviewer fills in for an opinion: the proposal reviewed, the outcome and its reasons, the seven points; who
/// reviews is the signed-in account's officer (<paramref name="ReviewerId"/>, if given, must be that officer).
/// </summary>
public sealed record ReviewOpinionRequest(
    string ProposalHash,
    string? ReviewerId,
    ReviewOutcome? Outcome,
    string Reasons,
    IReadOnlyList<ReviewCheck> Checklist);
