using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <param name="ProposalHash">The proposal reviewed, as <c>decision.proposed</c> named it: an opinion on another one is refused.</param>
/// <param name="ReviewerId">
/// The reviewer the client named, if any (a certificate number): the reviewer is always the officer the actor's account
/// is linked to, and a named one must be that officer (<see cref="ReviewerRule"/>).
/// </param>
public sealed record RecordReviewOpinionCommand(
    string ProposalHash,
    string? ReviewerId,
    ReviewOutcome Outcome,
    string Reasons,
    string Actor,
    DateTimeOffset At);
