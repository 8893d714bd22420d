namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>review.time-limit-extended</c>: the agency head (the event's actor) approved <paramref name="Days"/> more working days for
/// the review with the reviewer; <paramref name="DaysLeft"/> and <paramref name="Due"/> are the submission's limit after it.
/// </summary>
public sealed record ReviewTimeLimitExtended(
    int Days,
    string Reason,
    int DaysLeft,
    DateOnly? Due,
    bool Provisional,
    string? DueError) : CaseEvent;
