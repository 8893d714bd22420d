using System.Data.Common;

namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// Applies the schema scripts a database lacks, in order, each exactly once, and records them in
/// <c>sanxiang_schema_version</c> (id, checksum). A script whose recorded checksum differs from the
/// shipped text is refused: the database would otherwise silently run on SQL nobody reviewed.
/// All of it happens in one transaction, so a failed script leaves nothing behind.
/// </summary>
public sealed class SchemaMigrator(StorageTarget target)
{
    public const string VersionTable = "sanxiang_schema_version";

    // Any fixed number: it names the lock that keeps two silos starting together from both migrating.
    private const long PostgresLockKey = 0x5358_5343_4845_4D41;

    /// <summary>Brings the schema up to date; returns the ids of the scripts it applied (none on a second start).</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        await using var connection = AdoNetFactories.CreateConnection(target);
        await connection.OpenAsync(cancellationToken);
        if (target.Provider == StorageProvider.Sqlite)
        {
            // WAL is a property of the file, kept once set; it lets readers run beside the writer.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Microsoft.Data.Sqlite begins a non-deferred (IMMEDIATE) transaction here, which takes the write lock up front.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (target.Provider == StorageProvider.Postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey});", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, CreateVersionTableSql, cancellationToken);
        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);
        var ran = new List<string>();
        foreach (var script in scripts)
        {
            if (applied.TryGetValue(script.Id, out var checksum))
            {
                if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
                {
                    throw new SchemaDriftException(
                        $"Schema script {script.Id} was applied to {target.Describe()} with checksum {checksum}, " +
                        $"but this build ships it with checksum {script.Checksum}. Applied scripts must not change; add a new script instead.");
                }

                continue;
            }

            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await RecordAsync(connection, transaction, script, cancellationToken);
            ran.Add(script.Id);
        }

        await transaction.CommitAsync(cancellationToken);
        return ran;
    }

    /// <summary>The id of the last applied script, or null when the schema was never applied.</summary>
    public async Task<string?> ReadVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = AdoNetFactories.CreateConnection(target);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MAX(id) FROM {VersionTable};";
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private string CreateVersionTableSql => target.Provider == StorageProvider.Postgres
        ? $"CREATE TABLE IF NOT EXISTS {VersionTable} (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());"
        : $"CREATE TABLE IF NOT EXISTS {VersionTable} (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);";

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT id, checksum FROM {VersionTable};";
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task RecordAsync(DbConnection connection, DbTransaction transaction, SchemaScript script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {VersionTable} (id, checksum) VALUES (@id, @checksum);";
        AddParameter(command, "id", script.Id);
        AddParameter(command, "checksum", script.Checksum);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
