namespace SanXiang.Domain.Cases.Events;

/// <summary><c>review.supplement-requested</c>: the reviewer asked for supplementary materials; the review's time limit stands still until the handler resubmits.</summary>
public sealed record SupplementRequested(
    CaseOfficer Reviewer,
    IReadOnlyList<string> Items,
    DateOnly SupplyBy,
    string Reason) : CaseEvent;
