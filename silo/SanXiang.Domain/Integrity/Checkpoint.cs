namespace SanXiang.Domain.Integrity;

/// <summary>
/// A tenant's Merkle log head at a moment: what the daily signed checkpoint vouches for.
/// </summary>
/// <param name="TenantId">Printable, without spaces; the note's origin is "sanxiang/" + this.</param>
/// <param name="Timestamp">Kept to the second in UTC.</param>
/// <param name="Algorithm">The <see cref="ChainHashAlgorithm.Name"/> of the tree's hash.</param>
public sealed record Checkpoint(string TenantId, long TreeSize, byte[] RootHash, DateTimeOffset Timestamp, string Algorithm)
{
    public const string OriginPrefix = "sanxiang/";

    public string Origin => OriginPrefix + TenantId;
}
