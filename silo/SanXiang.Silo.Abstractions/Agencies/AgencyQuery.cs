namespace SanXiang.Silo.Agencies;

/// <summary>
/// What a list of agencies asks for. <see cref="Within"/> is the visibility scope: the agencies
/// a caller belongs to, whose subtrees (each agency included) it may see; null for every agency
/// (the platform administrator). <see cref="Region"/> is a GB/T 2260 code and matches the area it
/// names (410000 all of 河南, 411000 all of 许昌). <see cref="Name"/> matches a part of the name.
/// <see cref="TopOnly"/> keeps the agencies whose supervising department lies outside the scope
/// (or that have none): the roots of the tree the caller sees.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgencyQuery(
    [property: Id(0)] IReadOnlyList<string>? Within,
    [property: Id(1)] int First,
    [property: Id(2)] AgencyCursor? After = null,
    [property: Id(3)] string? ParentId = null,
    [property: Id(4)] AgencyLevel? Level = null,
    [property: Id(5)] string? Sector = null,
    [property: Id(6)] string? Region = null,
    [property: Id(7)] string? Name = null,
    [property: Id(8)] bool TopOnly = false)
{
    /// <summary>The most rows one page may hold: a province's whole directory, so a full export is one call.</summary>
    public const int MaxFirst = 10_000;
}
