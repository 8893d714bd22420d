using System.Data.Common;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Writes a batch's rows. Where the driver supports <see cref="DbBatch"/> (Npgsql) all rows go in
/// one round trip; SQLite runs in-process, where one prepared statement re-executed per row is as fast.
/// </summary>
internal static class EventInserts
{
    private static readonly string[] Names =
        ["tenant", "case_id", "seq", "kind", "payload", "actor", "at", "algorithm", "prev_hash", "hash", "file_hashes", "tenant_log_index"];

    private static readonly string Sql =
        $"INSERT INTO case_events ({EventRows.Columns}, tenant_log_index) VALUES ({string.Join(", ", Names.Select(n => "@" + n))});";

    // Npgsql rewrites named parameters to positional ones for single commands only; batch commands take $n.
    private static readonly string PositionalSql =
        $"INSERT INTO case_events ({EventRows.Columns}, tenant_log_index) VALUES ({string.Join(", ", Names.Select((_, i) => "$" + (i + 1)))});";

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<object[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var row in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = PositionalSql;
                foreach (var value in row)
                {
                    var parameter = command.CreateParameter();
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
            return;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Sql;
        var parameters = Names.Select(name => EventRows.Add(insert, name, null)).ToArray();
        foreach (var row in rows)
        {
            for (var p = 0; p < row.Length; p++)
            {
                parameters[p].Value = row[p];
            }

            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
