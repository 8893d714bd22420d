using System.Data.Common;
using System.Text;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>
/// Inserts many rows as multi-row <c>INSERT … VALUES (…), (…)</c> statements, a few hundred rows
/// each: a province's directory (7 000 agencies, ~30 000 closure rows) is a few dozen round trips
/// on PostgreSQL rather than tens of thousands, and well under SQLite's limit of bound parameters.
/// </summary>
internal static class RowInserts
{
    private const int ParametersPerStatement = 4_000;

    public static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string conflict = "")
    {
        var perStatement = Math.Max(1, ParametersPerStatement / columns.Count);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    EventRows.Add(command, name, chunk[r][c]);
                }

                sql.Append(')');
            }

            command.CommandText = sql.Append(' ').Append(conflict).Append(';').ToString();
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
