namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// A deadline as computed when its anchor happened: the <paramref name="Index"/>th deadline of step
/// <paramref name="StepId"/> (the step it binds). <paramref name="Due"/> is null with <paramref name="Error"/>
/// when the calendar could not answer. Recorded in the event so that a later calendar change cannot
/// silently move a date the record already states; <c>deadlines.recomputed</c> records such changes.
/// </summary>
public sealed record DeadlineEntry(
    string StepId,
    int Index,
    DateOnly? Due,
    bool Provisional,
    string? Error);
