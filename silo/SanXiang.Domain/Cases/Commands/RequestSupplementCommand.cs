namespace SanXiang.Domain.Cases;

/// <summary>A reviewer asks the handler for supplementary materials by <paramref name="SupplyBy"/>; the review's clock stops.</summary>
/// <param name="ReviewerId">The reviewer the client named, if any: it must be the officer the actor's account is linked to (<see cref="Review.ReviewerRule"/>).</param>
public sealed record RequestSupplementCommand(
    string? ReviewerId,
    IReadOnlyList<string> Items,
    DateOnly SupplyBy,
    string Reason,
    string Actor,
    DateTimeOffset At);
