namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary>
/// <c>deadlines.recomputed</c>: the platform calendar changed (e.g. 国办发明电〔2019〕3号) and these dated
/// deadlines now fall differently; <paramref name="CalendarVersion"/> is the calendar they were computed on.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeadlinesRecomputed(
    [property: Id(0)] long CalendarVersion,
    [property: Id(1)] IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
