using System.Text;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity.Witnessing;

/// <summary>An agency's log of leaves, its key, and checkpoints of its first n leaves, as a witness is shown them.</summary>
internal sealed class WitnessFixture
{
    public const string Agency = "xintian-scjg";

    public static readonly DateTimeOffset SignedAt = new(2026, 12, 2, 14, 5, 0, TimeSpan.FromHours(8));

    public WitnessFixture(int leaves, string label = "event")
    {
        Leaves = [.. Enumerable.Range(0, leaves).Select(i => MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, Encoding.UTF8.GetBytes($"{label} {i}")))];
    }

    public Sm2KeyPair Key { get; } = Sm2KeyPair.Generate();

    public List<byte[]> Leaves { get; }

    public byte[] Root(int size) => MerkleTree.RootHash(ChainHashAlgorithm.Sm3, Leaves[..size]);

    public Checkpoint Checkpoint(int size) => new(Agency, size, Root(size), SignedAt, "SM3");

    public string Note(int size) => CheckpointNote.Sign(Checkpoint(size), Key);

    public IReadOnlyList<byte[]> Proof(int oldSize, int newSize) => MerkleTree.ConsistencyProof(ChainHashAlgorithm.Sm3, Leaves[..newSize], oldSize);
}
