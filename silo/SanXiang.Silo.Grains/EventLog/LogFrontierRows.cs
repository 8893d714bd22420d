using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Each tenant's stored right edge (<c>tenant_log_frontier</c>) and stored nodes (<c>tenant_log_nodes</c>):
/// written in the append's transaction, so they always describe exactly the committed leaves. A log
/// older than these tables (or behind them) is brought level here by hashing its missing leaves once.
/// </summary>
internal static class LogFrontierRows
{
    /// <summary>The stored edge, or null when the tenant has none yet.</summary>
    public static async Task<MerkleFrontier?> ReadAsync(DbConnection connection, DbTransaction? transaction, ChainHashAlgorithm algorithm, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT size, nodes FROM tenant_log_frontier WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? MerkleFrontier.FromBytes(algorithm, reader.GetInt64(0), (byte[])reader.GetValue(1))
            : null;
    }

    /// <summary>The committed log size (<c>tenant_log_heads</c>), 0 for a tenant without events.</summary>
    public static async Task<long> ReadLogSizeAsync(DbConnection connection, DbTransaction? transaction, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT size FROM tenant_log_heads WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenantId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } size and not DBNull
            ? Convert.ToInt64(size, CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>
    /// The stored edge carried forward to <paramref name="size"/> leaves from <c>case_events</c> (the
    /// migration of a log written before nodes were stored; nothing to do on the common path).
    /// Nodes that become complete on the way are added to <paramref name="nodes"/>.
    /// </summary>
    public static async Task<MerkleFrontier> ReadUpToAsync(
        DbConnection connection,
        DbTransaction? transaction,
        ChainHashAlgorithm algorithm,
        string tenantId,
        long size,
        List<StoredNode> nodes,
        CancellationToken cancellationToken)
    {
        var frontier = await ReadAsync(connection, transaction, algorithm, tenantId, cancellationToken).ConfigureAwait(false) ?? MerkleFrontier.Empty(algorithm);
        if (frontier.Size > size)
        {
            throw new InvalidDataException($"单位 {tenantId} 的日志树记载了 {frontier.Size} 条记录，而日志只有 {size} 条：记录已被删除或改动。");
        }

        if (frontier.Size == size)
        {
            return frontier;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TreeTables.Log.LeafQuery;
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "from", frontier.Size);
        EventRows.Add(command, "to", size);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.GetInt64(0) != frontier.Size)
                {
                    break;
                }

                frontier.Append(TreeTables.Log.LeafHash(algorithm, reader), Collect(tenantId, nodes));
            }
        }

        return frontier.Size == size
            ? frontier
            : throw new InvalidDataException($"单位 {tenantId} 的日志缺少第 {frontier.Size} 条记录，记录已被删除。");
    }

    /// <summary>The callback for <see cref="MerkleFrontier.Append"/> that keeps the nodes storage holds.</summary>
    public static Action<int, long, byte[]> Collect(string tenantId, List<StoredNode> nodes) => (level, index, hash) =>
    {
        if (StoredSubtrees.IsStored(level))
        {
            nodes.Add(new StoredNode(tenantId, level, index, hash));
        }
    };

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<StoredNode> nodes, IEnumerable<(string Tenant, MerkleFrontier Frontier)> frontiers, CancellationToken cancellationToken)
    {
        if (nodes.Count > 0)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO tenant_log_nodes (tenant, level, idx, hash) VALUES (@tenant, @level, @idx, @hash);";
            var tenant = EventRows.Add(insert, "tenant", null);
            var level = EventRows.Add(insert, "level", null);
            var index = EventRows.Add(insert, "idx", null);
            var hash = EventRows.Add(insert, "hash", null);
            foreach (var node in nodes)
            {
                tenant.Value = node.TenantId;
                level.Value = node.Level;
                index.Value = node.Index;
                hash.Value = node.Hash;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText =
            "INSERT INTO tenant_log_frontier (tenant, size, nodes) VALUES (@tenant, @size, @nodes) " +
            "ON CONFLICT (tenant) DO UPDATE SET size = excluded.size, nodes = excluded.nodes;";
        var upsertTenant = EventRows.Add(upsert, "tenant", null);
        var size = EventRows.Add(upsert, "size", null);
        var bytes = EventRows.Add(upsert, "nodes", null);
        foreach (var (tenantId, frontier) in frontiers)
        {
            upsertTenant.Value = tenantId;
            size.Value = frontier.Size;
            bytes.Value = frontier.ToBytes();
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
