namespace SanXiang.Silo.Officers;

/// <summary>A page of an agency's public officer list, by unit, then certificate; <see cref="EndCursor"/> continues after it.</summary>
[GenerateSerializer, Immutable]
public sealed record PublishedOfficerPage(
    [property: Id(0)] IReadOnlyList<PublishedOfficer> Items,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] string? EndCursor,
    [property: Id(3)] bool HasNextPage);
