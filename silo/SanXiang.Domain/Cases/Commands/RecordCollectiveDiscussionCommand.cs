using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <summary>
/// Records a collective discussion of the proposal named by <paramref name="ProposalHash"/> (<see cref="CollectiveDiscussionRule"/>):
/// held on <paramref name="HeldOn"/>, because the handling unit disagrees with the review (<paramref name="HandlerOpinion"/>),
/// with each attendee's opinion and the decision reached (<paramref name="Decision"/>, in words <paramref name="Conclusion"/>).
/// </summary>
public sealed record RecordCollectiveDiscussionCommand(
    string ProposalHash,
    DateOnly HeldOn,
    string HandlerOpinion,
    IReadOnlyList<DiscussionAttendee> Attendees,
    DiscussionDecision? Decision,
    string Conclusion,
    string Actor,
    DateTimeOffset At);
