namespace SanXiang.Domain.Cases.Events;

/// <summary><c>document.issued</c>: a numbered document (执法文书) and its .docx.</summary>
public sealed record DocumentIssued(
    string DocumentId,
    string Kind,
    string Name,
    string? Number,
    string StepId,
    IReadOnlyList<EventFile> Files) : CaseEvent, IAttachesFiles;
