using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Every level of an RFC 6962 tree, built bottom-up once (an odd last node is carried up unhashed, which
/// gives the same tree as the RFC's largest-power-of-two split), so that the audit paths of all a case's
/// events cost O(n + k log n) hashes instead of O(n) each.
/// </summary>
internal sealed class MerkleLevels
{
    private readonly List<byte[][]> levels = [];

    public MerkleLevels(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leafHashes)
    {
        var level = leafHashes.ToArray();
        levels.Add(level);
        while (level.Length > 1)
        {
            var next = new byte[(level.Length + 1) / 2][];
            for (var i = 0; i < level.Length / 2; i++)
            {
                next[i] = MerkleTree.HashChildren(algorithm, level[2 * i], level[(2 * i) + 1]);
            }

            if (level.Length % 2 == 1)
            {
                next[^1] = level[^1];
            }

            levels.Add(next);
            level = next;
        }

        Root = level.Length == 1 ? level[0] : MerkleTree.EmptyRoot(algorithm);
    }

    public byte[] Root { get; }

    /// <summary>RFC 6962 PATH(index, D[n]), leaf to root.</summary>
    public IReadOnlyList<byte[]> AuditPath(long index)
    {
        var path = new List<byte[]>();
        for (var level = 0; level < levels.Count - 1; level++)
        {
            var nodes = levels[level];
            var sibling = (index & 1) == 1 ? index - 1 : index + 1;
            if (sibling < nodes.Length)
            {
                path.Add(nodes[sibling]);
            }

            index >>= 1;
        }

        return path;
    }
}
