namespace SanXiang.Silo.Cases;

/// <summary>
/// What the legal-review queue is asked for; null means any. <paramref name="ReviewerAccount"/>: only the reviews that
/// account took (asked supplements for, returned) and that are back in the queue; <paramref name="Overdue"/>: true for
/// reviews with the reviewer past their due date on <paramref name="Today"/>, false for the others.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReviewQueueQuery(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] string? ReviewerAccount = null,
    [property: Id(2)] bool? Overdue = null);
