using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// A case waiting for its legal-review opinion: <c>due</c> (yyyy-MM-dd) is when the time limit runs out, <c>suspended</c>
/// while the handler supplies materials (by <c>supplyBy</c>), <c>reviewer</c> the reviewer who took it, if any.
/// </summary>
[Name("ReviewQueueItem")]
public sealed class ReviewQueueItemNode(ReviewQueueEntry entry, DateOnly today)
{
    [Id]
    public string CaseId => entry.CaseId;

    /// <summary>案由.</summary>
    public string Title => entry.Title;

    public string PartyName => entry.PartyName;

    /// <summary>The proposed decision in a line, e.g. 罚款（罚款200,000元）.</summary>
    public string ProposalSummary => entry.ProposalSummary;

    public string SubmittedAt => IsoTime.Format(entry.SubmittedAt);

    public string? Due => IsoDate.Format(entry.Due);

    public bool Suspended => entry.Suspended;

    public string? SupplyBy => IsoDate.Format(entry.SupplyBy);

    public bool Overdue => entry.IsOverdueOn(today);

    [Id]
    public string? ReviewerId => entry.ReviewerId;

    public string? ReviewerName => entry.ReviewerName;
}
