namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// RFC 6962 §2.1.1 audit path of one event in its tenant's log: with the event's chain hash as leaf
/// data (<c>MerkleTree.HashLeaf</c>) it recomputes <see cref="TreeHead"/>'s root.
/// </summary>
public sealed record InclusionProof(long LeafIndex, byte[] EventHash, TreeHead TreeHead, IReadOnlyList<byte[]> AuditPath);
