using System.Data.Common;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>
/// Writes the directory's read-model tables (schema: 0007/0008-agency-directory). Only the
/// directory grain calls this, one call at a time, so there is a single writer; each call is one
/// transaction that also records the directory version the rows now reflect.
/// </summary>
internal sealed class AgencyDirectoryTables(EventLogDatabase database)
{
    private static readonly string[] ClosureColumns = ["ancestor", "descendant", "depth"];

    private static readonly string[] DirectoryColumns = [.. AgencyRows.Columns, "child_count", "version"];

    // A write of more rows than this (a province recorded at once, a rebuild) refreshes PostgreSQL's statistics.
    private const int BulkRows = 1_000;

    private static readonly string Upsert =
        "ON CONFLICT (id) DO UPDATE SET " + string.Join(", ", DirectoryColumns.Skip(1).Select(c => $"{c} = excluded.{c}"));

    /// <summary>The version the tables reflect; null before the first write.</summary>
    public async Task<long?> ReadVersionAsync()
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM agency_directory_head WHERE id = 1;";
        return await command.ExecuteScalarAsync().ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Writes the <paramref name="changed"/> profiles (with the parents whose count of children they
    /// changed) and the closure rows of <paramref name="closureOf"/>, computed from <paramref name="agencies"/>.
    /// </summary>
    public async Task WriteAsync(
        IReadOnlyCollection<AgencyProfile> changed, IReadOnlyCollection<string> closureOf, IReadOnlyDictionary<string, AgencyProfile> agencies, long version)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await RowInserts.InsertAsync(connection, transaction, "agency_directory", DirectoryColumns, Rows(changed, agencies, version), Upsert).ConfigureAwait(false);
        // The plan rollups of the departments above an agency whose place changes lose its counts with the old closure rows
        // and gain them with the new ones (PlanRollupSql), in this transaction.
        foreach (var chunk in closureOf.Chunk(500))
        {
            await ForAgenciesAsync(connection, transaction, chunk, list => PlanRollupSql.MoveAgencies(list, -1)).ConfigureAwait(false);
            await ForAgenciesAsync(connection, transaction, chunk, list => $"DELETE FROM agency_closure WHERE descendant IN ({list});").ConfigureAwait(false);
        }

        await InsertClosureAsync(connection, transaction, closureOf, agencies).ConfigureAwait(false);
        foreach (var chunk in closureOf.Chunk(500))
        {
            await ForAgenciesAsync(connection, transaction, chunk, list => PlanRollupSql.MoveAgencies(list, 1)).ConfigureAwait(false);
        }

        await SetVersionAsync(connection, transaction, version).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        if (changed.Count + closureOf.Count > BulkRows)
        {
            await AnalyzeAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces every row with what <paramref name="agencies"/> holds.</summary>
    public async Task ReplaceAsync(IReadOnlyDictionary<string, AgencyProfile> agencies, long version)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        foreach (var table in new[] { "agency_closure", "agency_directory" })
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table};";
            await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await RowInserts.InsertAsync(connection, transaction, "agency_directory", DirectoryColumns, Rows(agencies.Values, agencies, version)).ConfigureAwait(false);
        await InsertClosureAsync(connection, transaction, agencies.Keys, agencies).ConfigureAwait(false);
        await using (var rollups = connection.CreateCommand())
        {
            rollups.Transaction = transaction;
            rollups.CommandText = PlanRollupSql.Rebuild;
            await rollups.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await SetVersionAsync(connection, transaction, version).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        await AnalyzeAsync(connection).ConfigureAwait(false);
    }

    private static async Task ForAgenciesAsync(DbConnection connection, DbTransaction transaction, string[] ids, Func<string, string> sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql(string.Join(", ", ids.Select((_, i) => $"@d{i}")));
        for (var i = 0; i < ids.Length; i++)
        {
            EventRows.Add(command, $"d{i}", ids[i]);
        }

        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    // Until autovacuum comes by (a minute or more), PostgreSQL plans the lists of a freshly written directory
    // without statistics: it takes a scope of 7 000 for 170 rows, and the whole list and every count cost about a
    // third more. SQLite plans these queries from its indexes alone.
    private async Task AnalyzeAsync(DbConnection connection)
    {
        if (database.Dialect == EventLogDialect.Postgres)
        {
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE agency_directory, agency_closure;";
            await analyze.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private static IEnumerable<object?[]> Rows(IEnumerable<AgencyProfile> profiles, IReadOnlyDictionary<string, AgencyProfile> agencies, long version)
    {
        var children = AgencyClosure.ChildCounts(agencies);
        return profiles.Select(p => AgencyRows.Values(p, children.GetValueOrDefault(p.Id), version));
    }

    private static Task InsertClosureAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> ids, IReadOnlyDictionary<string, AgencyProfile> agencies) =>
        RowInserts.InsertAsync(
            connection,
            transaction,
            "agency_closure",
            ClosureColumns,
            ids.SelectMany(id => AgencyClosure.RowsOf(id, agencies)).Select(row => new object?[] { row.Ancestor, row.Descendant, row.Depth }));

    private static async Task SetVersionAsync(DbConnection connection, DbTransaction transaction, long version)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO agency_directory_head (id, version) VALUES (1, @version) ON CONFLICT (id) DO UPDATE SET version = excluded.version;";
        EventRows.Add(command, "version", version);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
