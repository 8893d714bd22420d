using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>
/// One page of a case list, newest filing first; <paramref name="EndCursor"/> asks for the next one.
/// <paramref name="AgencyNames"/>: the name of each agency a case of the page belongs to, by id (a list across a
/// supervisor's agencies shows whose case each is).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseListPage(
    [property: Id(0)] IReadOnlyList<CaseSummary> Cases,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage,
    [property: Id(3)] IReadOnlyDictionary<string, string>? AgencyNames = null)
{
    /// <summary>The agency's name, or its id when the directory does not know it.</summary>
    public string AgencyName(string tenantId) => AgencyNames is not null && AgencyNames.TryGetValue(tenantId, out var name) ? name : tenantId;
}
