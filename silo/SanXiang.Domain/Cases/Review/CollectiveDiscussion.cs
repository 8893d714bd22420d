namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A collective discussion of the agency's leaders (集体讨论, 行政处罚法 第五十七条) on the proposal named by
/// <paramref name="ProposalHash"/>: when it was held, why (<paramref name="HandlerOpinion"/>: the handling unit's disagreement
/// with the review's 存在问题), who attended and what each said, and what it decided.
/// </summary>
public sealed record CollectiveDiscussion(
    string ProposalHash,
    DateOnly HeldOn,
    string HandlerOpinion,
    IReadOnlyList<DiscussionAttendee> Attendees,
    DiscussionDecision Decision,
    string Conclusion,
    string Actor,
    DateTimeOffset At);
