using SanXiang.Domain.Cases.Review;

namespace SanXiang.Silo.Cases;

/// <summary>One page of the legal-review queue, oldest submission first; <see cref="EndCursor"/> is where the next page starts.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewQueuePage(
    [property: Id(0)] IReadOnlyList<ReviewQueueEntry> Entries,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage);
