using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class MerkleTreeShould
{
    private static readonly ChainHashAlgorithm Sha256 = ChainHashAlgorithm.Sha256;

    // The eight leaves of the certificate-transparency reference implementation's merkle_tree_test.
    private static readonly byte[][] CtLeaves =
    [
        [],
        [0x00],
        [0x10],
        [0x20, 0x21],
        [0x30, 0x31],
        [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ];

    [Fact]
    public void HashTheEmptyTreeAsTheHashOfNothing() =>
        Assert.Equal(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            Hex(MerkleTree.RootHash(Sha256, [])));

    [Theory]
    [InlineData(1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")]
    [InlineData(2, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]
    [InlineData(3, "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77")]
    [InlineData(4, "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    [InlineData(5, "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4")]
    [InlineData(6, "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef")]
    [InlineData(7, "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c")]
    [InlineData(8, "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")]
    public void GiveTheCertificateTransparencyTestTreeRoots(int size, string root) =>
        Assert.Equal(root, Hex(MerkleTree.RootHash(Sha256, CtLeafHashes(size))));

    [Fact]
    public void GiveTheCertificateTransparencyAuditPathOfTheFirstLeaf() =>
        Assert.Equal(
            [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
            MerkleTree.InclusionProof(Sha256, CtLeafHashes(8), 0).Select(Hex));

    [Fact]
    public void GiveTheCertificateTransparencyConsistencyProofFromSixToEight() =>
        Assert.Equal(
            [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
            MerkleTree.ConsistencyProof(Sha256, CtLeafHashes(8), 6).Select(Hex));

    [Fact]
    public void SeparateLeavesFromNodesByTheirPrefix()
    {
        var left = MerkleTree.HashLeaf(Sha256, "a"u8);
        var right = MerkleTree.HashLeaf(Sha256, "b"u8);
        Assert.NotEqual(MerkleTree.HashChildren(Sha256, left, right), MerkleTree.HashLeaf(Sha256, [.. left, .. right]));
    }

    [Fact]
    public void ProveEveryLeafOfEveryTreeUpToSixtyFourLeaves()
    {
        var leaves = Leaves(64, ChainHashAlgorithm.Sm3);
        for (var size = 1; size <= leaves.Length; size++)
        {
            var tree = leaves[..size];
            var root = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, tree);
            for (var index = 0; index < size; index++)
            {
                var proof = MerkleTree.InclusionProof(ChainHashAlgorithm.Sm3, tree, index);
                Assert.True(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, size, tree[index], proof, root), $"leaf {index} of {size}");
                Assert.True(proof.Count <= 6);
            }
        }
    }

    [Fact]
    public void RefuseAnInclusionProofForAnotherLeafIndexSizeOrRoot()
    {
        var leaves = Leaves(14, ChainHashAlgorithm.Sm3)[..13];
        var root = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves);
        var biggerRoot = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, Leaves(14, ChainHashAlgorithm.Sm3));
        for (var index = 0; index < leaves.Length; index++)
        {
            var proof = MerkleTree.InclusionProof(ChainHashAlgorithm.Sm3, leaves, index);
            var other = leaves[(index + 1) % leaves.Length];
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, 13, other, proof, root));
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, (index + 1) % 13, 13, leaves[index], proof, root));
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, 14, leaves[index], proof, biggerRoot));
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, 13, leaves[index], proof, leaves[0]));
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, 13, leaves[index], proof.SkipLast(1).ToList(), root));
            Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, index, 13, leaves[index], [.. proof, root], root));
        }

        Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, 13, 13, leaves[0], [], root));
        Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, -1, 13, leaves[0], [], root));
    }

    [Fact]
    public void RefuseAnInclusionProofWithAnyBitFlipped()
    {
        var leaves = Leaves(21, ChainHashAlgorithm.Sm3);
        var root = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves);
        var proof = MerkleTree.InclusionProof(ChainHashAlgorithm.Sm3, leaves, 17);
        for (var node = 0; node < proof.Count; node++)
        {
            for (var bit = 0; bit < proof[node].Length * 8; bit += 7)
            {
                var tampered = proof.Select(p => p.ToArray()).ToList();
                tampered[node][bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, 17, 21, leaves[17], tampered, root));
            }
        }
    }

    [Fact]
    public void ProveConsistencyBetweenEveryPairOfSizesUpToSixtyFour()
    {
        var leaves = Leaves(64, ChainHashAlgorithm.Sm3);
        var roots = Enumerable.Range(0, 65).Select(n => MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves[..n])).ToArray();
        for (var newSize = 0; newSize <= 64; newSize++)
        {
            for (var oldSize = 0; oldSize <= newSize; oldSize++)
            {
                var proof = MerkleTree.ConsistencyProof(ChainHashAlgorithm.Sm3, leaves[..newSize], oldSize);
                Assert.True(
                    MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, oldSize, newSize, proof, roots[oldSize], roots[newSize]),
                    $"{oldSize} → {newSize}");
                if (oldSize > 0 && oldSize < newSize)
                {
                    Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, oldSize, newSize, proof, roots[oldSize - 1], roots[newSize]));
                    Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, oldSize, newSize, proof, roots[oldSize], roots[newSize - 1]));
                }
            }
        }
    }

    [Fact]
    public void RefuseConsistencyWithARewrittenHistory()
    {
        var leaves = Leaves(20, ChainHashAlgorithm.Sm3);
        var oldRoot = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves[..11]);
        var rewritten = leaves.ToArray();
        rewritten[4] = MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, "改写"u8);
        var proof = MerkleTree.ConsistencyProof(ChainHashAlgorithm.Sm3, rewritten, 11);
        Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, 11, 20, proof, oldRoot, MerkleTree.RootHash(ChainHashAlgorithm.Sm3, rewritten)));
    }

    [Fact]
    public void RefuseAConsistencyProofWithAnyNodeChangedOrMissing()
    {
        var leaves = Leaves(37, ChainHashAlgorithm.Sm3);
        var oldRoot = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves[..23]);
        var newRoot = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves);
        var proof = MerkleTree.ConsistencyProof(ChainHashAlgorithm.Sm3, leaves, 23);
        for (var node = 0; node < proof.Count; node++)
        {
            var tampered = proof.Select(p => p.ToArray()).ToList();
            tampered[node][0] ^= 1;
            Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, 23, 37, tampered, oldRoot, newRoot));
            Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, 23, 37, proof.Where((_, i) => i != node).ToList(), oldRoot, newRoot));
        }

        Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, 23, 37, [], oldRoot, newRoot));
        Assert.False(MerkleTree.VerifyConsistency(ChainHashAlgorithm.Sm3, 37, 23, proof, newRoot, oldRoot));
    }

    private static byte[][] CtLeafHashes(int size) => [.. CtLeaves[..size].Select(leaf => MerkleTree.HashLeaf(Sha256, leaf))];

    private static byte[][] Leaves(int count, ChainHashAlgorithm algorithm) =>
        [.. Enumerable.Range(0, count).Select(i => MerkleTree.HashLeaf(algorithm, BitConverter.GetBytes(i)))];

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
