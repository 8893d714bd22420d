using System.Buffers;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// Computes event hashes over <see cref="CanonicalEventEncoding"/>. An instance reuses its buffer and
/// hashers, which keeps verifying a long chain allocation-light; it is not thread-safe. The static
/// members are the convenient, allocating forms.
/// </summary>
public sealed class ChainHasher
{
    private readonly ArrayBufferWriter<byte> buffer = new(512);
    private readonly ArrayBufferWriter<byte> payloadScratch = new(256);
    private IncrementalHasher? sm3;
    private IncrementalHasher? sha256;

    /// <summary>
    /// The "previous hash" of sequence 1: H(field("SANXIANG-CASE-GENESIS") || 0x01 || field(algorithm)
    /// || field(tenant) || field(case)). Binding it to the case means a chain cannot be moved to
    /// another case, not even from its first event.
    /// </summary>
    public static byte[] Genesis(ChainHashAlgorithm algorithm, string tenantId, string caseId)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var output = new ArrayBufferWriter<byte>(128);
        CanonicalEventEncoding.WriteGenesis(algorithm.Name, tenantId, caseId, output);
        return algorithm.Hash(output.WrittenSpan);
    }

    /// <summary>H(<see cref="CanonicalEventEncoding"/>(record)) with the record's own algorithm.</summary>
    public static byte[] Hash(EventRecord record) => new ChainHasher().ComputeHash(record);

    /// <summary>The record with its hash, as it is to be appended.</summary>
    public static StoredEvent Seal(EventRecord record) => new(record, Hash(record));

    public byte[] ComputeHash(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hash = new byte[ChainHashAlgorithm.Get(record.Algorithm).HashSize];
        ComputeHash(record, hash);
        return hash;
    }

    /// <exception cref="FormatException">The record cannot be encoded (see <see cref="CanonicalEventEncoding.Write"/>).</exception>
    public void ComputeHash(EventRecord record, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hasher = HasherFor(ChainHashAlgorithm.Get(record.Algorithm));
        buffer.ResetWrittenCount();
        CanonicalEventEncoding.Write(record, buffer, payloadScratch);
        hasher.Append(buffer.WrittenSpan);
        hasher.FinishInto(destination);
    }

    private IncrementalHasher HasherFor(ChainHashAlgorithm algorithm) =>
        ReferenceEquals(algorithm, ChainHashAlgorithm.Sm3)
            ? sm3 ??= algorithm.CreateHasher()
            : sha256 ??= algorithm.CreateHasher();
}
