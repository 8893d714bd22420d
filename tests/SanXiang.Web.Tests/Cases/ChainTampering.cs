using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SanXiang.Tests.Shared;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// What someone with the database in hand could do: switch off the append-only trigger and change
/// one byte of a stored event's payload. The hash chain is what must notice.
/// </summary>
public static class ChainTampering
{
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

        await AppendOnlyBypass.RunAsync(
            factory.ConnectionString,
            factory.IsPostgres,
            $"UPDATE case_events SET payload = {AppendOnlyBypass.Literal(tampered)} WHERE tenant = {AppendOnlyBypass.Literal(CaseApi.Tenant)} AND case_id = {AppendOnlyBypass.Literal(caseId)} AND seq = {seq};");
    }

    private static async Task<object?> ExecuteScalarAsync(DbConnection connection, string sql, string caseId, long seq)
    {
        await using var command = Command(connection, sql, caseId, seq);
        return await command.ExecuteScalarAsync();
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
