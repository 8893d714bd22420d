using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Writes each tenant's Merkle tree as its leaves are appended, in the append's own transaction: the
/// nodes that the batch completes (every eighth level, see <see cref="StoredSubtrees"/>) and the tree's
/// new right edge, from which the tree head is one row. The edge of each tenant is cached between
/// batches, so the common append reads nothing; the cache is trusted only while it ends exactly where
/// the batch starts (another silo's append moves the tenant's positions on) and is dropped on
/// <see cref="Abandoned"/>.
/// </summary>
public sealed class MerkleTreeAppender(EventLogDatabase database) : IAppendParticipant
{
    // A frontier is at most 64 hashes; this many tenants fit in a few MB and cover every active agency.
    private const int MaxCachedTenants = 20_000;

    private readonly ChainHashAlgorithm algorithm = ChainHashAlgorithm.Get(database.Algorithm);
    private readonly Dictionary<string, MerkleFrontier> committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MerkleFrontier> pending = new(StringComparer.Ordinal);

    public async Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        pending.Clear();
        var leaves = new SortedDictionary<string, List<(long Index, byte[] Hash)>>(StringComparer.Ordinal);
        foreach (var append in batch.Appends)
        {
            if (!leaves.TryGetValue(append.TenantId, out var list))
            {
                leaves[append.TenantId] = list = [];
            }

            for (var i = 0; i < append.Events.Count; i++)
            {
                list.Add((append.LogIndexes[i], append.Events[i].Hash));
            }
        }

        var nodes = new List<StoredNode>();
        foreach (var (tenant, list) in leaves)
        {
            if (list.Count == 0)
            {
                continue;
            }

            list.Sort((a, b) => a.Index.CompareTo(b.Index));
            var first = list[0].Index;
            if (!committed.Remove(tenant, out var frontier) || frontier.Size != first)
            {
                frontier = await LogFrontierRows.ReadUpToAsync(batch.Connection, batch.Transaction, algorithm, tenant, first, nodes, cancellationToken).ConfigureAwait(false);
            }

            var collect = LogFrontierRows.Collect(tenant, nodes);
            foreach (var (index, hash) in list)
            {
                if (index != frontier.Size)
                {
                    throw new InvalidOperationException($"单位 {tenant} 的日志位置不连续：应为 {frontier.Size}，实为 {index}。");
                }

                frontier.Append(MerkleTree.HashLeaf(algorithm, hash), collect);
            }

            pending[tenant] = frontier;
        }

        await LogFrontierRows.WriteAsync(batch.Connection, batch.Transaction, nodes, pending.Select(p => (p.Key, p.Value)), cancellationToken).ConfigureAwait(false);
    }

    public void Committed(AppendBatch batch)
    {
        if (committed.Count + pending.Count > MaxCachedTenants)
        {
            committed.Clear();
        }

        foreach (var (tenant, frontier) in pending)
        {
            committed[tenant] = frontier;
        }

        pending.Clear();
    }

    public void Abandoned()
    {
        committed.Clear();
        pending.Clear();
    }
}
