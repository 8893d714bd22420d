namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>document.issued</c>: a numbered document (执法文书) and its .docx.</summary>
[GenerateSerializer, Immutable]
public sealed record DocumentIssued(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Number,
    [property: Id(4)] string StepId,
    [property: Id(5)] IReadOnlyList<EventFile> Files) : CaseEvent, IAttachesFiles;
