namespace SanXiang.Silo.Cases;

/// <summary>
/// A time limit of the procedure. <paramref name="StepId"/> is the step it binds (met when that step is
/// completed or skipped). <paramref name="Due"/> is null when the date cannot be computed: then
/// <paramref name="Error"/> says why (e.g. the calendar has no data for the year), or, for a limit counted
/// backwards from the step itself (听证 notice 7 days before the hearing), only the description applies.
/// <paramref name="Provisional"/> when the date rests on a provisional calendar year.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseDeadlineView(
    [property: Id(0)] string Description,
    [property: Id(1)] string Article,
    [property: Id(2)] string StepId,
    [property: Id(3)] DateOnly? Due,
    [property: Id(4)] bool Provisional,
    [property: Id(5)] CaseDeadlineStatus Status,
    [property: Id(6)] DateOnly? MetOn,
    [property: Id(7)] string? Error);
