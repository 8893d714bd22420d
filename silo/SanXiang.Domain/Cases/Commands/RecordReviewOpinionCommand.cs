using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <param name="ProposalHash">The proposal reviewed, as <c>decision.proposed</c> named it: an opinion on another one is refused.</param>
/// <param name="ReviewerId">The reviewing officer's certificate number, as the roster keys it.</param>
public sealed record RecordReviewOpinionCommand(
    string ProposalHash,
    string ReviewerId,
    ReviewOutcome Outcome,
    string Reasons,
    string Actor,
    DateTimeOffset At);
