using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Disclosures;

/// <summary>One page of disclosure rows; <see cref="EndCursor"/> is where the next page starts.</summary>
[GenerateSerializer, Immutable]
public sealed record DisclosurePage(
    [property: Id(0)] IReadOnlyList<DisclosureEntry> Entries,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage);
