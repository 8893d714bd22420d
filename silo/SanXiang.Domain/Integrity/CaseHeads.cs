namespace SanXiang.Domain.Integrity;

/// <summary>
/// What a checkpoint commits to about every case of its tenant: an RFC 6962 tree over one leaf per case,
/// the case's head — its last sequence number and that event's chain hash — as of the checkpoint's tree
/// size. A case keeps its leaf position (<c>ordinal</c>, by first appearance) for good; its leaf changes
/// as the case grows. With the map proof of its head, a case file shows offline that its events reach
/// the head the agency signed, so a shortened file is refused (CASE_TRUNCATED).
/// </summary>
/// <param name="Count">The number of cases (leaves).</param>
public sealed record CaseHeads(long Count, byte[] Root)
{
    /// <summary>
    /// Leaf data of a case head: "sanxiang-case-head\0" ‖ uint32 big-endian length ‖ UTF-8 case id ‖
    /// int64 big-endian sequence ‖ hash. The length prefix keeps ("ab", …) and ("a", "b…") apart.
    /// </summary>
    public static byte[] LeafData(string caseId, long sequence, ReadOnlySpan<byte> hash)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        var id = System.Text.Encoding.UTF8.GetBytes(caseId);
        var data = new byte[Domain.Length + 4 + id.Length + 8 + hash.Length];
        var span = data.AsSpan();
        Domain.CopyTo(span);
        span = span[Domain.Length..];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(span, (uint)id.Length);
        id.CopyTo(span[4..]);
        span = span[(4 + id.Length)..];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(span, sequence);
        hash.CopyTo(span[8..]);
        return data;
    }

    /// <summary>Does <paramref name="auditPath"/> show (case, sequence, hash) at <paramref name="leafIndex"/> of this map?</summary>
    public bool Includes(ChainHashAlgorithm algorithm, string caseId, long sequence, ReadOnlySpan<byte> hash, long leafIndex, IReadOnlyList<byte[]> auditPath) =>
        sequence > 0
        && !string.IsNullOrEmpty(caseId)
        && MerkleTree.VerifyInclusion(algorithm, leafIndex, Count, MerkleTree.HashLeaf(algorithm, LeafData(caseId, sequence, hash)), auditPath, Root);

    private static ReadOnlySpan<byte> Domain => "sanxiang-case-head\0"u8;
}
