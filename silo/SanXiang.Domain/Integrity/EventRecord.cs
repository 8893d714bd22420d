namespace SanXiang.Domain.Integrity;

/// <summary>
/// Everything an event's chain hash covers (the event log row minus its own hash).
/// </summary>
/// <param name="Payload">JSON text; hashed in its <see cref="CanonicalJson"/> form.</param>
/// <param name="At">When it happened; hashed in UTC at microsecond precision, the finest both SQLite
/// text and PostgreSQL <c>timestamptz</c> keep. Use <see cref="CanonicalEventEncoding.ToStoredPrecision"/>.</param>
/// <param name="PreviousHash">The previous event's hash, or <see cref="ChainHasher.Genesis"/> for sequence 1.</param>
/// <param name="FileHashes">Content hashes of attached files (printable ASCII, e.g. lower-case hex);
/// order does not matter, they are hashed sorted.</param>
/// <param name="Algorithm">The <see cref="ChainHashAlgorithm.Name"/> this event was hashed with.</param>
public sealed record EventRecord(
    string TenantId,
    string CaseId,
    long Sequence,
    string Kind,
    string Payload,
    string Actor,
    DateTimeOffset At,
    byte[] PreviousHash,
    IReadOnlyList<string> FileHashes,
    string Algorithm);
