using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Keeps each tenant's <see cref="CaseHeads"/> map: <c>tenant_case_heads</c> holds one leaf per case (its
/// head as of <c>tenant_case_maps.tree_size</c>), <c>tenant_case_map_nodes</c> the stored perfect subtrees
/// (every eighth level, as for the log). A checkpoint advances it over the events appended since the last
/// one — a day's events, never the whole log — and rehashes only the stored nodes above changed leaves.
/// Only the newest map is kept: case files and proofs are always made against the latest checkpoint.
/// </summary>
internal static class CaseHeadMap
{
    /// <summary>Brings the map to the first <paramref name="treeSize"/> leaves of the log and returns what the checkpoint signs.</summary>
    public static async Task<CaseHeads> AdvanceAsync(
        DbConnection connection,
        DbTransaction transaction,
        ChainHashAlgorithm algorithm,
        string tenantId,
        long mapSize,
        long count,
        long treeSize,
        CancellationToken cancellationToken)
    {
        if (mapSize > treeSize)
        {
            throw new InvalidOperationException($"单位 {tenantId} 的案件头已推进到 {mapSize} 条记录，晚于要签署的 {treeSize} 条。");
        }

        var changed = new Dictionary<string, (long Sequence, byte[] Hash)>(StringComparer.Ordinal);
        var appeared = new List<string>();
        await using (var command = Command(connection, transaction,
            "SELECT case_id, seq, hash FROM case_events WHERE tenant = @tenant AND tenant_log_index >= @from AND tenant_log_index < @to ORDER BY tenant_log_index;",
            ("tenant", tenantId), ("from", mapSize), ("to", treeSize)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var caseId = reader.GetString(0);
                if (!changed.ContainsKey(caseId))
                {
                    appeared.Add(caseId);
                }

                changed[caseId] = (reader.GetInt64(1), (byte[])reader.GetValue(2));
            }
        }

        var dirty = new SortedSet<long>();
        foreach (var caseId in appeared)
        {
            var (sequence, hash) = changed[caseId];
            await using var find = Command(connection, transaction, "SELECT ordinal FROM tenant_case_heads WHERE tenant = @tenant AND case_id = @case_id;", ("tenant", tenantId), ("case_id", caseId));
            long ordinal;
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } existing and not DBNull)
            {
                ordinal = Convert.ToInt64(existing, CultureInfo.InvariantCulture);
                await using var update = Command(connection, transaction,
                    "UPDATE tenant_case_heads SET seq = @seq, hash = @hash WHERE tenant = @tenant AND case_id = @case_id;",
                    ("tenant", tenantId), ("case_id", caseId), ("seq", sequence), ("hash", hash));
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                ordinal = count++;
                await using var insert = Command(connection, transaction,
                    "INSERT INTO tenant_case_heads (tenant, case_id, ordinal, seq, hash) VALUES (@tenant, @case_id, @ordinal, @seq, @hash);",
                    ("tenant", tenantId), ("case_id", caseId), ("ordinal", ordinal), ("seq", sequence), ("hash", hash));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            dirty.Add(ordinal);
        }

        // Upwards, one stored level at a time: each level's nodes are hashed from the level just rewritten.
        for (var level = StoredSubtrees.Stride; level < 63 && (1L << level) <= count && dirty.Count > 0; level += StoredSubtrees.Stride)
        {
            var subtrees = new StoredSubtrees(connection, transaction, TreeTables.CaseMap, algorithm, tenantId);
            var parents = new SortedSet<long>(dirty.Select(d => d >> StoredSubtrees.Stride).Where(p => (p + 1) << level <= count));
            foreach (var parent in parents)
            {
                var hash = await subtrees.HashFromBelowAsync(level, parent, cancellationToken).ConfigureAwait(false);
                await using var upsert = Command(connection, transaction,
                    "INSERT INTO tenant_case_map_nodes (tenant, level, idx, hash) VALUES (@tenant, @level, @idx, @hash) " +
                    "ON CONFLICT (tenant, level, idx) DO UPDATE SET hash = excluded.hash;",
                    ("tenant", tenantId), ("level", level), ("idx", parent), ("hash", hash));
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            dirty = parents;
        }

        await using (var save = Command(connection, transaction,
            "UPDATE tenant_case_maps SET tree_size = @tree_size, case_count = @case_count WHERE tenant = @tenant;",
            ("tenant", tenantId), ("tree_size", treeSize), ("case_count", count)))
        {
            await save.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var root = await new StoredSubtrees(connection, transaction, TreeTables.CaseMap, algorithm, tenantId).RangeHashAsync(0, count, cancellationToken).ConfigureAwait(false);
        return new CaseHeads(count, root);
    }

    /// <summary>Takes the tenant's map for this transaction (made empty on first use); returns its tree size and case count.</summary>
    public static async Task<(long TreeSize, long Count)> LockAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, string tenantId, CancellationToken cancellationToken)
    {
        await using (var ensure = Command(connection, transaction,
            "INSERT INTO tenant_case_maps (tenant, tree_size, case_count) VALUES (@tenant, 0, 0) ON CONFLICT (tenant) DO NOTHING;", ("tenant", tenantId)))
        {
            await ensure.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // On PostgreSQL two checkpoints of one tenant (two silos, an export) queue here; SQLite's write lock already serialises them.
        var suffix = dialect == EventLogDialect.Postgres ? " FOR UPDATE" : string.Empty;
        await using var read = Command(connection, transaction, $"SELECT tree_size, case_count FROM tenant_case_maps WHERE tenant = @tenant{suffix};", ("tenant", tenantId));
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The case's leaf in the current map and its audit path; null when the case has no head in it.</summary>
    public static async Task<CaseHeadProof?> ProveAsync(DbConnection connection, ChainHashAlgorithm algorithm, string tenantId, string caseId, long count, CancellationToken cancellationToken)
    {
        long ordinal;
        long sequence;
        byte[] hash;
        await using (var command = Command(connection, null, "SELECT ordinal, seq, hash FROM tenant_case_heads WHERE tenant = @tenant AND case_id = @case_id;", ("tenant", tenantId), ("case_id", caseId)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            (ordinal, sequence, hash) = (reader.GetInt64(0), reader.GetInt64(1), (byte[])reader.GetValue(2));
        }

        if (ordinal >= count)
        {
            return null;
        }

        var subtrees = new StoredSubtrees(connection, null, TreeTables.CaseMap, algorithm, tenantId);
        var path = await subtrees.HashRangesAsync(MerkleSubtrees.InclusionRanges(ordinal, count), cancellationToken).ConfigureAwait(false);
        return new CaseHeadProof(caseId, sequence, hash, ordinal, count, path);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            EventRows.Add(command, name, value);
        }

        return command;
    }
}
