namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary>
/// A deadline as computed when its anchor happened: the <paramref name="Index"/>th deadline of step
/// <paramref name="StepId"/> (the step it binds). <paramref name="Due"/> is null with <paramref name="Error"/>
/// when the calendar could not answer. Recorded in the event so that a later calendar change cannot
/// silently move a date the record already states; <c>deadlines.recomputed</c> records such changes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeadlineEntry(
    [property: Id(0)] string StepId,
    [property: Id(1)] int Index,
    [property: Id(2)] DateOnly? Due,
    [property: Id(3)] bool Provisional,
    [property: Id(4)] string? Error);
