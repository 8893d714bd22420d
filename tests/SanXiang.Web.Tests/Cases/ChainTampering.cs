using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// What someone with the database in hand could do: switch off the append-only trigger and change
/// one byte of a stored event's payload. The hash chain is what must notice.
/// </summary>
public static class ChainTampering
{
    // As in Storage/Scripts/Sqlite/0004-case-events.sql: SQLite cannot disable a trigger, only drop and recreate it.
    private const string SqliteTrigger = """
        CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN
            SELECT RAISE(ABORT, 'case_events is append-only: UPDATE is not allowed');
        END;
        """;

    /// <summary>Replaces the last character of <paramref name="marker"/> in the payload of event <paramref name="seq"/> with <paramref name="replacement"/>.</summary>
    public static async Task ChangeOnePayloadByteAsync(CasesAppFactory factory, string caseId, long seq, string marker, char replacement)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(marker);
        await using DbConnection connection = factory.IsPostgres ? new NpgsqlConnection(factory.ConnectionString) : new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var payload = (string)(await ExecuteScalarAsync(connection, "SELECT payload FROM case_events WHERE tenant = @t AND case_id = @c AND seq = @s", caseId, seq))!;
        var at = payload.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{marker}” is not in the payload {payload}");
        var position = at + marker.Length - 1;
        Assert.NotEqual(replacement, payload[position]);
        var tampered = string.Concat(payload.AsSpan(0, position), replacement.ToString(), payload.AsSpan(position + 1));

        if (factory.IsPostgres)
        {
            await ExecuteAsync(connection, "ALTER TABLE case_events DISABLE TRIGGER case_events_no_update");
            await UpdateAsync(connection, caseId, seq, tampered);
            await ExecuteAsync(connection, "ALTER TABLE case_events ENABLE TRIGGER case_events_no_update");
        }
        else
        {
            await ExecuteAsync(connection, "DROP TRIGGER case_events_no_update");
            await UpdateAsync(connection, caseId, seq, tampered);
            await ExecuteAsync(connection, SqliteTrigger);
        }
    }

    private static async Task UpdateAsync(DbConnection connection, string caseId, long seq, string payload)
    {
        await using var command = Command(connection, "UPDATE case_events SET payload = @p WHERE tenant = @t AND case_id = @c AND seq = @s", caseId, seq);
        Add(command, "p", payload);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<object?> ExecuteScalarAsync(DbConnection connection, string sql, string caseId, long seq)
    {
        await using var command = Command(connection, sql, caseId, seq);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql, string caseId, long seq)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "t", CaseApi.Tenant);
        Add(command, "c", caseId);
        Add(command, "s", seq);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
