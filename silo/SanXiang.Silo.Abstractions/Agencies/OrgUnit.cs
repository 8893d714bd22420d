namespace SanXiang.Silo.Agencies;

/// <summary>A section inside an agency (科室 / 股室 / 执法大队) and what it does in the roll-out.</summary>
[GenerateSerializer, Immutable]
public sealed record OrgUnit(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Duties);
