using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>review.opinion-recorded</c>: a legal reviewer's opinion (法制审核意见) on the proposal named by <paramref name="ProposalHash"/>,
/// with the seven points' findings (<paramref name="Checklist"/>; absent from opinions recorded before the checklist, which read as empty).
/// </summary>
public sealed record ReviewOpinionRecorded(
    string ProposalHash,
    CaseOfficer Reviewer,
    ReviewOutcome Outcome,
    string Reasons,
    IReadOnlyList<ReviewCheck>? Checklist = null) : CaseEvent;
