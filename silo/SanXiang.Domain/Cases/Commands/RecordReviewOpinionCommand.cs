using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <param name="ProposalHash">The proposal reviewed, as <c>decision.proposed</c> named it: an opinion on another one is refused.</param>
/// <param name="ReviewerId">
/// The reviewer the client named, if any (a certificate number): the reviewer is always the officer the actor's account
/// is linked to, and a named one must be that officer (<see cref="ReviewerRule"/>).
/// </param>
/// <param name="Outcome">同意 or 存在问题; null when the reviewer chose neither, which is refused.</param>
public sealed record RecordReviewOpinionCommand(
    string ProposalHash,
    string? ReviewerId,
    ReviewOutcome? Outcome,
    string Reasons,
    string Actor,
    DateTimeOffset At)
{
    /// <summary>The seven points (<see cref="ReviewPoint"/>), each with its finding and note (<see cref="ReviewChecklistRule"/>).</summary>
    public IReadOnlyList<ReviewCheck> Checklist { get; init; } = [];
}
