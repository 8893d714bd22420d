using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>review.collective-discussion</c>: the agency's leaders discussed the proposal named by <paramref name="ProposalHash"/>
/// collectively (行政处罚法 第五十七条) after the review found problems and the handling unit disagreed; with
/// <see cref="DiscussionDecision.Proceed"/> the decision may be made on that proposal (<see cref="ReviewGate"/>).
/// </summary>
public sealed record CollectiveDiscussionRecorded(
    string ProposalHash,
    DateOnly HeldOn,
    string HandlerOpinion,
    IReadOnlyList<DiscussionAttendee> Attendees,
    DiscussionDecision Decision,
    string Conclusion) : CaseEvent;
