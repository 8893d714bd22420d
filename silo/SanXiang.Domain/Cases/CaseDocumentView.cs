using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

/// <param name="Number">The official number, or null for a kind that is not numbered.</param>
/// <param name="SignedCopy">The signed or scanned copy, once attached.</param>
public sealed record CaseDocumentView(
    string Id,
    string Kind,
    string Name,
    string? Number,
    string StepId,
    StoredFile File,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    StoredFile? SignedCopy);
