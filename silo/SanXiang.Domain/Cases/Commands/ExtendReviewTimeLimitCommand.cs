namespace SanXiang.Domain.Cases;

/// <summary>The agency head approves extending the review's time limit by <paramref name="Days"/> working days, once (<see cref="Review.ReviewExtensionRule"/>).</summary>
public sealed record ExtendReviewTimeLimitCommand(
    int Days,
    string Reason,
    string Actor,
    DateTimeOffset At);
