using SanXiang.Silo.Files;

namespace SanXiang.Silo.Cases;

/// <param name="Number">The official number, or null for a kind that is not numbered.</param>
/// <param name="SignedCopy">The signed or scanned copy, once attached.</param>
[GenerateSerializer, Immutable]
public sealed record CaseDocumentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Number,
    [property: Id(4)] string StepId,
    [property: Id(5)] StoredFile File,
    [property: Id(6)] DateTimeOffset IssuedAt,
    [property: Id(7)] string IssuedBy,
    [property: Id(8)] StoredFile? SignedCopy);
