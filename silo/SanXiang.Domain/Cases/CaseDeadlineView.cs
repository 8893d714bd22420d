namespace SanXiang.Domain.Cases;

/// <summary>
/// A time limit of the procedure. <paramref name="StepId"/> is the step it binds (met when that step is
/// completed; 已跳过 when it was skipped). <paramref name="Due"/> is null when the date cannot be computed: then
/// <paramref name="Error"/> says why (e.g. the calendar has no data for the year), or, for a limit counted
/// backwards from the step itself (听证 notice 7 days before the hearing), only the description applies.
/// <paramref name="Provisional"/> when the date rests on a provisional calendar year.
/// </summary>
public sealed record CaseDeadlineView(
    string Description,
    string Article,
    string StepId,
    DateOnly? Due,
    bool Provisional,
    CaseDeadlineStatus Status,
    DateOnly? MetOn,
    string? Error);
