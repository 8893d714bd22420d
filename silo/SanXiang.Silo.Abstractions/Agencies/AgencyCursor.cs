namespace SanXiang.Silo.Agencies;

/// <summary>Where a page of agencies ended: the list's sort key (region code, then id) of its last row.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyCursor(
    [property: Id(0)] string RegionCode,
    [property: Id(1)] string Id);
