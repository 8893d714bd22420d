namespace SanXiang.Domain.Cases.Review;

/// <summary>A legal review's opinion on the proposal named by <paramref name="ProposalHash"/>, as the case holds it.</summary>
public sealed record ReviewOpinion(
    string ProposalHash,
    CaseOfficer Reviewer,
    ReviewOutcome Outcome,
    string Reasons,
    string Actor,
    DateTimeOffset At);
