namespace SanXiang.Silo.Documents;

/// <summary>One ledger line of a sequence: the number, the case and document that took it, and when.</summary>
[GenerateSerializer, Immutable]
public sealed record SequenceEntry(
    [property: Id(0)] int Number,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string DocumentId,
    [property: Id(3)] DateTimeOffset TakenAt);
