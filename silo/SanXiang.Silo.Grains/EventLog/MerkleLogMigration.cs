using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Brings every tenant's stored tree level with its log, once: logs written before the tree's nodes were
/// stored get them from their leaves (one pass, O(n) hashing), and their case heads with them; tenants
/// already level are skipped, so a second start does nothing. Each tenant in its own transaction, holding the tenant's head row, so an
/// append of another process waits instead of racing.
/// </summary>
public static class MerkleLogMigration
{
    /// <summary>Returns the tenants it brought level.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(EventLogDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var algorithm = ChainHashAlgorithm.Get(database.Algorithm);
        var behind = new List<string>();
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT h.tenant FROM tenant_log_heads h LEFT JOIN tenant_log_frontier f ON f.tenant = h.tenant " +
                "WHERE f.size IS NULL OR f.size <> h.size ORDER BY h.tenant;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                behind.Add(reader.GetString(0));
            }
        }

        foreach (var tenant in behind)
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (database.Dialect == EventLogDialect.Postgres)
            {
                await using var lockHead = connection.CreateCommand();
                lockHead.Transaction = transaction;
                lockHead.CommandText = "SELECT size FROM tenant_log_heads WHERE tenant = @tenant FOR UPDATE;";
                EventRows.Add(lockHead, "tenant", tenant);
                await lockHead.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var size = await LogFrontierRows.ReadLogSizeAsync(connection, transaction, tenant, cancellationToken).ConfigureAwait(false);
            var nodes = new List<StoredNode>();
            var frontier = await LogFrontierRows.ReadUpToAsync(connection, transaction, algorithm, tenant, size, nodes, cancellationToken).ConfigureAwait(false);
            await LogFrontierRows.WriteAsync(connection, transaction, nodes, [(tenant, frontier)], cancellationToken).ConfigureAwait(false);

            // The case heads too, so that the first checkpoint after the upgrade reads a day's events, not the whole log.
            var (mapSize, count) = await CaseHeadMap.LockAsync(connection, transaction, database.Dialect, tenant, cancellationToken).ConfigureAwait(false);
            if (mapSize < frontier.Size)
            {
                await CaseHeadMap.AdvanceAsync(connection, transaction, algorithm, tenant, mapSize, count, frontier.Size, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return behind;
    }
}
