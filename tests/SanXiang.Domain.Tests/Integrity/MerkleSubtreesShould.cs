using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class MerkleSubtreesShould
{
    private static readonly ChainHashAlgorithm Sm3 = ChainHashAlgorithm.Sm3;

    private static readonly byte[][] Leaves = [.. Enumerable.Range(0, 300).Select(i => MerkleTree.HashLeaf(Sm3, BitConverter.GetBytes(i)))];

    [Fact]
    public void GiveEveryInclusionProofOfTheFullLeavesFromPerfectSubtrees()
    {
        for (var size = 1; size <= 70; size++)
        {
            for (var index = 0; index < size; index++)
            {
                var expected = MerkleTree.InclusionProof(Sm3, Leaves[..size], index);
                Assert.Equal(expected, FromSubtrees(MerkleSubtrees.InclusionRanges(index, size)));
            }
        }
    }

    [Fact]
    public void GiveEveryConsistencyProofOfTheFullLeavesFromPerfectSubtrees()
    {
        for (var newSize = 0; newSize <= 70; newSize++)
        {
            for (var oldSize = 0; oldSize <= newSize; oldSize++)
            {
                var expected = MerkleTree.ConsistencyProof(Sm3, Leaves[..newSize], oldSize);
                Assert.Equal(expected, FromSubtrees(MerkleSubtrees.ConsistencyRanges(oldSize, newSize)));
            }
        }
    }

    [Fact]
    public void KeepTheRootAndNameEveryCompletedSubtreeAsLeavesAreAppended()
    {
        var frontier = MerkleFrontier.Empty(Sm3);
        var completed = new Dictionary<(int, long), byte[]>();
        for (var size = 0; size < Leaves.Length; size++)
        {
            Assert.Equal(MerkleTree.RootHash(Sm3, Leaves[..size]), frontier.Root());
            frontier.Append(Leaves[size], (level, index, hash) => completed.Add((level, index), hash));
        }

        foreach (var ((level, index), hash) in completed)
        {
            var start = (int)(index << level);
            Assert.Equal(MerkleTree.RootHash(Sm3, Leaves[start..(start + (1 << level))]), hash);
        }

        Assert.Equal((2 * Leaves.Length) - System.Numerics.BitOperations.PopCount((uint)Leaves.Length), completed.Count);
    }

    [Fact]
    public void CarryTheRightEdgeThroughItsStoredBytes()
    {
        var frontier = MerkleFrontier.Empty(Sm3);
        foreach (var leaf in Leaves[..237])
        {
            frontier.Append(leaf);
        }

        var reopened = MerkleFrontier.FromBytes(Sm3, 237, frontier.ToBytes());
        reopened.Append(Leaves[237]);

        Assert.Equal(MerkleTree.RootHash(Sm3, Leaves[..238]), reopened.Root());
        Assert.Throws<ArgumentException>(() => MerkleFrontier.FromBytes(Sm3, 239, frontier.ToBytes()));
    }

    [Fact]
    public void RefuseARangeThatIsNoSubtreeOfAnRfc6962Tree() =>
        Assert.Throws<ArgumentException>(() => MerkleSubtrees.Cover(3, 7));

    // What a store holding perfect subtrees answers: each range's cover, hashed from the leaves, then folded.
    private static List<byte[]> FromSubtrees(IReadOnlyList<(long Start, long End)> ranges) =>
    [
        .. ranges.Select(range => MerkleSubtrees.Fold(
            Sm3,
            [.. MerkleSubtrees.Cover(range.Start, range.End).Select(node =>
            {
                var start = (int)(node.Index << node.Level);
                return MerkleTree.RootHash(Sm3, Leaves[start..(start + (1 << node.Level))]);
            })])),
    ];
}
