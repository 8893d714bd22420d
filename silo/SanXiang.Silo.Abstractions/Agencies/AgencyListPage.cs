namespace SanXiang.Silo.Agencies;

/// <summary>A page of agencies and how many match the query in all (every page, not just this one).</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyListPage(
    [property: Id(0)] IReadOnlyList<AgencyListing> Items,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] bool HasNextPage)
{
    /// <summary>The cursor that continues after this page; null for an empty page.</summary>
    public AgencyCursor? EndCursor => Items.Count == 0 ? null : new AgencyCursor(Items[^1].Profile.RegionCode, Items[^1].Profile.Id);
}
