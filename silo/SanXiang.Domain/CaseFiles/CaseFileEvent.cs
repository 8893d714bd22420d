using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// One line of <c>events.jsonl</c>: a stored event with every field its chain hash covers (tenant and
/// case come from the manifest). The payload is the stored JSON text as a string, byte for byte, and
/// the hashes are lower-case hex.
/// </summary>
public sealed record CaseFileEvent(
    long Seq,
    string Kind,
    string Payload,
    string Actor,
    string At,
    string Algorithm,
    string PrevHash,
    string Hash,
    IReadOnlyList<string> FileHashes)
{
    public static CaseFileEvent From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var e = stored.Event;
        return new CaseFileEvent(
            e.Sequence,
            e.Kind,
            e.Payload,
            e.Actor,
            CanonicalEventEncoding.FormatTime(e.At),
            e.Algorithm,
            Convert.ToHexStringLower(e.PreviousHash),
            Convert.ToHexStringLower(stored.Hash),
            e.FileHashes);
    }

    /// <exception cref="FormatException">A time or hash is not in the form this class writes.</exception>
    public StoredEvent ToStoredEvent(string tenantId, string caseId)
    {
        var at = DateTimeOffset.ParseExact(
            At,
            "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);
        var record = new EventRecord(tenantId, caseId, Seq, Kind, Payload, Actor, at, Convert.FromHexString(PrevHash), FileHashes ?? [], Algorithm);
        return new StoredEvent(record, Convert.FromHexString(Hash));
    }
}
