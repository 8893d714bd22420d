namespace SanXiang.Domain.Cases.Events;

/// <summary><c>document.signed-copy</c>: the signed or scanned copy of an issued document.</summary>
public sealed record SignedCopyAttached(
    string DocumentId,
    IReadOnlyList<EventFile> Files) : CaseEvent, IAttachesFiles;
