using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>One page of a case list, newest filing first; <paramref name="EndCursor"/> asks for the next one.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseListPage(
    [property: Id(0)] IReadOnlyList<CaseSummary> Cases,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage);
