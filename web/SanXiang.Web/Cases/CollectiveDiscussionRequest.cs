using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.Cases;

/// <summary>What the handling unit records of a collective discussion (集体讨论); who records it and when the service adds.</summary>
public sealed record CollectiveDiscussionRequest(
    string ProposalHash,
    DateOnly HeldOn,
    string HandlerOpinion,
    IReadOnlyList<DiscussionAttendee> Attendees,
    DiscussionDecision? Decision,
    string Conclusion);
