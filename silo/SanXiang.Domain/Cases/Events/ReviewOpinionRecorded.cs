using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases.Events;

/// <summary><c>review.opinion-recorded</c>: a legal reviewer's opinion (法制审核意见) on the proposal named by <paramref name="ProposalHash"/>.</summary>
public sealed record ReviewOpinionRecorded(
    string ProposalHash,
    CaseOfficer Reviewer,
    ReviewOutcome Outcome,
    string Reasons) : CaseEvent;
