namespace SanXiang.Domain.Integrity;

/// <summary>
/// A tenant's Merkle log head at a moment: what the daily signed checkpoint vouches for.
/// </summary>
/// <param name="TenantId">Printable, without spaces; the note's origin is "sanxiang/" + this.</param>
/// <param name="Timestamp">Kept to the second in UTC.</param>
/// <param name="Algorithm">The <see cref="ChainHashAlgorithm.Name"/> of the tree's hash.</param>
/// <param name="Cases">Every case's head at this tree size; null in notes signed before heads were committed.</param>
public sealed record Checkpoint(string TenantId, long TreeSize, byte[] RootHash, DateTimeOffset Timestamp, string Algorithm, CaseHeads? Cases = null)
{
    public const string OriginPrefix = "sanxiang/";

    public string Origin => OriginPrefix + TenantId;
}
