namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>document.signed-copy</c>: the signed or scanned copy of an issued document.</summary>
[GenerateSerializer, Immutable]
public sealed record SignedCopyAttached(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] IReadOnlyList<EventFile> Files) : CaseEvent, IAttachesFiles;
