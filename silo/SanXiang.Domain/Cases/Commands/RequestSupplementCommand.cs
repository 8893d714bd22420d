namespace SanXiang.Domain.Cases;

/// <summary>A reviewer asks the handler for supplementary materials by <paramref name="SupplyBy"/>; the review's clock stops.</summary>
/// <param name="ReviewerId">The reviewing officer's certificate number, as the roster keys it.</param>
public sealed record RequestSupplementCommand(
    string ReviewerId,
    IReadOnlyList<string> Items,
    DateOnly SupplyBy,
    string Reason,
    string Actor,
    DateTimeOffset At);
