using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Disclosures;

/// <summary>One page of the portal's published decisions; <see cref="EndCursor"/> is where the next page starts.</summary>
[GenerateSerializer, Immutable]
public sealed record PublicDecisionPage(
    [property: Id(0)] IReadOnlyList<PublicDecision> Decisions,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage);
