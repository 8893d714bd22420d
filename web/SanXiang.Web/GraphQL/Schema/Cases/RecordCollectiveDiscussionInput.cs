using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// A collective discussion (集体讨论, 行政处罚法 第五十七条) of the proposal named by <c>proposalHash</c>, held on <c>heldOn</c>
/// (yyyy-MM-dd), after the review said 存在问题: the handling unit's disagreement (<c>handlerOpinion</c>), the attendees with
/// their opinions, the decision (<c>PROCEED</c>: decide on this proposal; <c>REVISE</c>: back to the handling unit) and the
/// decision in words (<c>conclusion</c>).
/// </summary>
[Name("RecordCollectiveDiscussionInput")]
public sealed class RecordCollectiveDiscussionInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string ProposalHash { get; set; } = "";

    public string HeldOn { get; set; } = "";

    public string HandlerOpinion { get; set; } = "";

    public IReadOnlyList<DiscussionAttendeeInput> Attendees { get; set; } = [];

    public DiscussionDecision? Decision { get; set; }

    public string Conclusion { get; set; } = "";
}
