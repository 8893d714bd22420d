using System.Data.Common;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// The hashes of perfect subtrees of one tenant's stored tree, read from its rows. Only every eighth
/// level is stored (a node per 256 leaves, like a C2SP tlog-tiles tile of height 8); a node in between
/// is hashed from at most 128 stored nodes (or leaves) below it, so any RFC 6962 proof or root reads a
/// few ranges of at most 256 rows per eight levels — O(log n) — and never the whole tree. Nodes read once
/// are kept for the life of this object (one request), which is what makes a case's many proofs cheap.
/// </summary>
internal sealed class StoredSubtrees(DbConnection connection, DbTransaction? transaction, TreeTables tables, ChainHashAlgorithm algorithm, string tenantId)
{
    public const int Stride = 8;

    // Ranges of one level closer than this are read as one range: one query instead of two, a few rows more.
    private const long MergeGap = 256;

    private readonly Dictionary<(int Level, long Index), byte[]> known = [];

    public static bool IsStored(int level) => level > 0 && level % Stride == 0;

    /// <summary>
    /// Takes the right edge of a tree of <see cref="MerkleFrontier.Size"/> leaves as known: every range of a
    /// proof against that size that reaches the right edge is covered by these nodes, so such a proof reads
    /// only the rows near its leaf.
    /// </summary>
    public StoredSubtrees Knowing(MerkleFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        var cover = MerkleSubtrees.Cover(0, frontier.Size);
        for (var i = 0; i < cover.Count; i++)
        {
            known[cover[i]] = frontier.Nodes[i];
        }

        return this;
    }

    /// <summary>MTH of leaves [start, end).</summary>
    public async Task<byte[]> RangeHashAsync(long start, long end, CancellationToken cancellationToken)
    {
        if (start == end)
        {
            return MerkleTree.EmptyRoot(algorithm);
        }

        return (await HashRangesAsync([(start, end)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>MTH of each range (as <see cref="MerkleSubtrees"/> names them for a proof), reading what is not known yet in one pass.</summary>
    public async Task<IReadOnlyList<byte[]>> HashRangesAsync(IReadOnlyList<(long Start, long End)> ranges, CancellationToken cancellationToken)
    {
        var covers = ranges.Select(r => MerkleSubtrees.Cover(r.Start, r.End)).ToList();
        await LoadAsync(covers.SelectMany(c => c), cancellationToken).ConfigureAwait(false);
        return [.. covers.Select(c => MerkleSubtrees.Fold(algorithm, [.. c.Select(n => known[n])]))];
    }

    /// <summary>The stored node (level, index) hashed afresh from the 256 rows one stored level below it (rewriting a changed tree).</summary>
    public async Task<byte[]> HashFromBelowAsync(int level, long index, CancellationToken cancellationToken)
    {
        if (!IsStored(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "只有每第八层的节点被存储。");
        }

        var width = 1L << Stride;
        var rows = new Dictionary<long, byte[]>();
        await ReadAsync(level - Stride, index * width, (index + 1) * width, rows, cancellationToken).ConfigureAwait(false);
        return Reduce([.. rows.OrderBy(r => r.Key).Select(r => r.Value)]);
    }

    private async Task LoadAsync(IEnumerable<(int Level, long Index)> nodes, CancellationToken cancellationToken)
    {
        var missing = nodes.Where(n => !known.ContainsKey(n)).Distinct().ToList();
        foreach (var group in missing.GroupBy(n => n.Level - (n.Level % Stride)))
        {
            var baseLevel = group.Key;
            var spans = group
                .Select(n => (Start: n.Index << (n.Level - baseLevel), End: (n.Index + 1) << (n.Level - baseLevel)))
                .OrderBy(s => s.Start)
                .ToList();
            var rows = new Dictionary<long, byte[]>();
            foreach (var (from, to) in Merge(spans))
            {
                await ReadAsync(baseLevel, from, to, rows, cancellationToken).ConfigureAwait(false);
            }

            foreach (var node in group)
            {
                var width = 1L << (node.Level - baseLevel);
                var level = new byte[width][];
                for (var i = 0L; i < width; i++)
                {
                    level[i] = rows[(node.Index * width) + i];
                }

                known[node] = Reduce(level);
            }
        }
    }

    private byte[] Reduce(byte[][] level)
    {
        while (level.Length > 1)
        {
            var next = new byte[level.Length / 2][];
            for (var i = 0; i < next.Length; i++)
            {
                next[i] = MerkleTree.HashChildren(algorithm, level[2 * i], level[(2 * i) + 1]);
            }

            level = next;
        }

        return level[0];
    }

    private static IEnumerable<(long From, long To)> Merge(List<(long Start, long End)> spans)
    {
        var (from, to) = spans[0];
        foreach (var (start, end) in spans.Skip(1))
        {
            if (start <= to + MergeGap)
            {
                to = Math.Max(to, end);
                continue;
            }

            yield return (from, to);
            (from, to) = (start, end);
        }

        yield return (from, to);
    }

    private async Task ReadAsync(int level, long from, long to, Dictionary<long, byte[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = level == 0
            ? tables.LeafQuery
            : $"SELECT idx, hash FROM {tables.NodeTable} WHERE tenant = @tenant AND level = @level AND idx >= @from AND idx < @to ORDER BY idx;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "from", from);
        EventRows.Add(command, "to", to);
        if (level > 0)
        {
            EventRows.Add(command, "level", level);
        }

        var expected = from;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Positions are dense; a hole means a row was deleted behind the triggers' back.
                if (reader.GetInt64(0) != expected)
                {
                    break;
                }

                rows[expected++] = level == 0 ? tables.LeafHash(algorithm, reader) : (byte[])reader.GetValue(1);
            }
        }

        if (expected != to)
        {
            throw new InvalidDataException(level == 0
                ? $"单位 {tenantId} 的{tables.Name}缺少第 {expected} 条记录，记录已被删除。"
                : $"单位 {tenantId} 的{tables.Name}树缺少第 {level} 层第 {expected} 个节点：节点表不完整，记录可能已被改动。");
        }
    }
}
