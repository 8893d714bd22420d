namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>deadlines.recomputed</c>: the platform calendar changed (e.g. 国办发明电〔2019〕3号) and these dated
/// deadlines now fall differently; <paramref name="CalendarVersion"/> is the calendar they were computed on.
/// </summary>
public sealed record DeadlinesRecomputed(
    long CalendarVersion,
    IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
