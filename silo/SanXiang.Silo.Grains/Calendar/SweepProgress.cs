namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// How far a sweep got: the tenant it is in (by position in the sorted list), the case list's cursor within it,
/// and what it has counted so far. Stored after every page, so a sweep cut short by a restart goes on from here.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SweepProgress(
    [property: Id(0)] int TenantIndex,
    [property: Id(1)] string? After,
    [property: Id(2)] int Cases,
    [property: Id(3)] int Failed,
    [property: Id(4)] string? Problem)
{
    public static SweepProgress Start { get; } = new(0, null, 0, 0, null);
}
