namespace SanXiang.Domain.Cases.Events;

/// <summary><c>evidence.added</c>: a piece of evidence (证据) gathered on a step.</summary>
public sealed record EvidenceAdded(
    IReadOnlyList<EventFile> Files,
    string StepId,
    string Description) : CaseEvent, IAttachesFiles;
