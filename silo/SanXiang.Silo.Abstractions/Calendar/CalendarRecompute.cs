namespace SanXiang.Silo.Calendar;

/// <summary>
/// The last sweep that recomputed the deadlines of every open case after a calendar change.
/// <paramref name="Version"/> is the calendar version it ran on; a settings version above it means a sweep is under way.
/// </summary>
/// <param name="Failed">Cases whose recomputation was refused or failed, and tenants whose open cases could not be listed; <paramref name="Problem"/> names the first.</param>
[GenerateSerializer, Immutable]
public sealed record CalendarRecompute(
    [property: Id(0)] long Version,
    [property: Id(1)] int Tenants,
    [property: Id(2)] int Cases,
    [property: Id(3)] int Failed,
    [property: Id(4)] string? Problem,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] DateTimeOffset FinishedAt);
