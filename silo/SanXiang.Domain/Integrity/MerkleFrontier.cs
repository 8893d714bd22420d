using System.Numerics;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The right edge of an RFC 6962 tree of <see cref="Size"/> leaves (its compact range): the roots of the
/// perfect subtrees whose sizes are the set bits of the size, leftmost (largest) first. Appending a leaf
/// costs one leaf and on average one node hash, and names every perfect subtree it completes, which is
/// how storage learns which nodes to keep; the root is the fold of the edge.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly ChainHashAlgorithm algorithm;
    private readonly List<byte[]> nodes;

    public MerkleFrontier(ChainHashAlgorithm algorithm, long size, IEnumerable<byte[]> nodes)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        this.algorithm = algorithm;
        this.nodes = [.. nodes];
        if (this.nodes.Count != BitOperations.PopCount((ulong)size) || this.nodes.Any(n => n is null || n.Length != algorithm.HashSize))
        {
            throw new ArgumentException($"大小为 {size} 的日志树右边界应有 {BitOperations.PopCount((ulong)size)} 个哈希。", nameof(nodes));
        }

        Size = size;
    }

    public long Size { get; private set; }

    /// <summary>The roots of the edge's perfect subtrees, leftmost first (what <see cref="MerkleSubtrees.Cover"/> of the whole tree names).</summary>
    public IReadOnlyList<byte[]> Nodes => nodes;

    public static MerkleFrontier Empty(ChainHashAlgorithm algorithm) => new(algorithm, 0, []);

    /// <summary>Rebuilds an edge from its stored bytes: the node hashes concatenated, leftmost first.</summary>
    public static MerkleFrontier FromBytes(ChainHashAlgorithm algorithm, long size, ReadOnlySpan<byte> stored)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        if (stored.Length % algorithm.HashSize != 0)
        {
            throw new ArgumentException("日志树右边界的存储长度无效。", nameof(stored));
        }

        var list = new List<byte[]>();
        for (var offset = 0; offset < stored.Length; offset += algorithm.HashSize)
        {
            list.Add(stored.Slice(offset, algorithm.HashSize).ToArray());
        }

        return new MerkleFrontier(algorithm, size, list);
    }

    public byte[] ToBytes() => [.. nodes.SelectMany(n => n)];

    /// <summary>
    /// Adds the leaf hash (<see cref="MerkleTree.HashLeaf"/> already applied) at position <see cref="Size"/>;
    /// <paramref name="completed"/> hears of every perfect subtree that now exists, as (level, index, hash),
    /// the leaf itself included at level 0.
    /// </summary>
    public void Append(byte[] leafHash, Action<int, long, byte[]>? completed = null)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        if (leafHash.Length != algorithm.HashSize)
        {
            throw new ArgumentException("叶哈希长度无效。", nameof(leafHash));
        }

        var index = Size;
        completed?.Invoke(0, index, leafHash);
        nodes.Add(leafHash);
        for (var level = 0; ((index >> level) & 1) == 1; level++)
        {
            var merged = MerkleTree.HashChildren(algorithm, nodes[^2], nodes[^1]);
            nodes.RemoveRange(nodes.Count - 2, 2);
            nodes.Add(merged);
            completed?.Invoke(level + 1, index >> (level + 1), merged);
        }

        Size++;
    }

    /// <summary>MTH of the whole tree.</summary>
    public byte[] Root() => nodes.Count == 0 ? MerkleTree.EmptyRoot(algorithm) : MerkleSubtrees.Fold(algorithm, nodes);
}
