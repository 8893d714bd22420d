using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanXiang.Tests.Shared;

/// <summary>
/// What someone with the database in hand could do to the append-only <c>case_events</c> table: lift its
/// triggers, run statements, and put the triggers back, in one transaction. The hash chain is what must notice.
/// Linked into each test project that tampers (tests/Shared).
/// </summary>
internal static class AppendOnlyBypass
{
    public static async Task RunAsync(string connectionString, bool postgres, params string[] statements)
    {
        await using DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        // The table owner may switch PostgreSQL's triggers off; SQLite cannot disable one, only drop it and create it again.
        List<(string Name, string Sql)> triggers = postgres ? [] : await ReadSqliteTriggersAsync(connection, transaction);
        IEnumerable<string> script = postgres
            ? ["ALTER TABLE case_events DISABLE TRIGGER USER;", .. statements, "ALTER TABLE case_events ENABLE TRIGGER USER;"]
            : [.. triggers.Select(t => $"DROP TRIGGER {t.Name};"), .. statements, .. triggers.Select(t => t.Sql + ";")];
        foreach (var sql in script)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>A SQL string literal, for statements built around a tampered value.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task<List<(string Name, string Sql)>> ReadSqliteTriggersAsync(DbConnection connection, DbTransaction transaction)
    {
        var triggers = new List<(string Name, string Sql)>();
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'case_events';";
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            triggers.Add((reader.GetString(0), reader.GetString(1)));
        }

        return triggers;
    }
}
