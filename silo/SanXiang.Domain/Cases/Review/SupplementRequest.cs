namespace SanXiang.Domain.Cases.Review;

/// <summary>A reviewer's request for supplementary materials (补充材料): what, by when, and why.</summary>
public sealed record SupplementRequest(
    CaseOfficer Reviewer,
    IReadOnlyList<string> Items,
    DateOnly SupplyBy,
    string Reason,
    string Actor,
    DateTimeOffset At);
