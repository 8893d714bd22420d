using Microsoft.Data.Sqlite;

namespace SanXiang.Silo.Host.Tests.EventLog;

internal sealed class SqliteBackend(string dataDir) : EventLogBackend(new Dictionary<string, string?>
{
    ["SanXiang:DataDir"] = dataDir,
    ["SanXiang:Storage:Provider"] = "Sqlite",
})
{
    public static SqliteBackend Create() => new(Path.Combine(Path.GetTempPath(), $"sx-eventlog-{Guid.NewGuid():N}"));

    public override IReadOnlyList<string> ChildArguments => ["--provider", "sqlite", "--data-dir", dataDir];

    // SQLite cannot disable a trigger: drop it, tamper, and put the same definition back.
    public override async Task TamperAsync(params string[] statements)
    {
        await using var connection = new SqliteConnection(Target.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var triggers = new List<(string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'case_events';";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                triggers.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var script = triggers.Select(t => $"DROP TRIGGER {t.Name};")
            .Concat(statements)
            .Concat(triggers.Select(t => t.Sql + ";"));
        foreach (var sql in script)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public override string BytesLiteral(byte[] bytes) => $"X'{Convert.ToHexString(bytes)}'";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
