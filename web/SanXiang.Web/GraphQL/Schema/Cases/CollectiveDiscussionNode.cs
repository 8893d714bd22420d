using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A collective discussion of one of the case's proposals, as the chain records it.</summary>
[Name("CollectiveDiscussion")]
public sealed class CollectiveDiscussionNode(CollectiveDiscussion discussion)
{
    public string ProposalHash => discussion.ProposalHash;

    public string HeldOn => IsoDate.Format(discussion.HeldOn);

    public string HandlerOpinion => discussion.HandlerOpinion;

    public IEnumerable<DiscussionAttendeeNode> Attendees => discussion.Attendees.Select(a => new DiscussionAttendeeNode(a));

    public DiscussionDecision Decision => discussion.Decision;

    public string DecisionName => DiscussionTexts.Decision(discussion.Decision);

    public string Conclusion => discussion.Conclusion;

    /// <summary>When it was recorded (ISO 8601).</summary>
    public string At => IsoTime.Format(discussion.At);
}
