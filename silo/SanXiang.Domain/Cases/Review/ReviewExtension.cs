namespace SanXiang.Domain.Cases.Review;

/// <summary>The once-only extension of a review's time limit: by how many working days, why, and the head who approved it (<paramref name="Actor"/>).</summary>
public sealed record ReviewExtension(int Days, string Reason, string Actor, DateTimeOffset At);
