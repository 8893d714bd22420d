namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>evidence.added</c>: a piece of evidence (证据) gathered on a step.</summary>
[GenerateSerializer, Immutable]
public sealed record EvidenceAdded(
    [property: Id(0)] IReadOnlyList<EventFile> Files,
    [property: Id(1)] string StepId,
    [property: Id(2)] string Description) : CaseEvent, IAttachesFiles;
