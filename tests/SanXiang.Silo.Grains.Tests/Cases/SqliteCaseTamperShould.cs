using Microsoft.Data.Sqlite;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public sealed class SqliteCaseTamperShould(ClusterFixture fixture) : CaseTamperContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task FindAnEventWhosePayloadWasAlteredInTheDatabase() => FindAnAlteredPayloadAsync();

    [Fact]
    public Task FindAnAttachedFileHashSwappedInTheDatabase() => FindASwappedFileHashAsync();

    // SQLite cannot disable a trigger: drop them, tamper, and put the same definitions back.
    private protected override async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection(CasesSiloSetup.SqliteTarget.ConnectionString);
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

        foreach (var statement in triggers.Select(t => $"DROP TRIGGER {t.Name};").Append(sql).Concat(triggers.Select(t => t.Sql + ";")))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
