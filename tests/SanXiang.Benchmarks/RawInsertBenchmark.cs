using System.Diagnostics;
using Npgsql;

namespace SanXiang.Benchmarks;

/// <summary>
/// The ceiling for durable single writes on this PostgreSQL through the same driver: one row per
/// INSERT, each its own (autocommit) transaction, one after another on one connection.
/// </summary>
internal static class RawInsertBenchmark
{
    public static async Task<double> RunAsync(string connectionString, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_raw_inserts (id bigserial PRIMARY KEY, payload text NOT NULL);", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var insert = new NpgsqlCommand("INSERT INTO bench_raw_inserts (payload) VALUES (@payload);", connection);
        insert.Parameters.AddWithValue("payload", EventLogTargets.Event("raw", 1).Payload);
        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await insert.ExecuteNonQueryAsync();
            count++;
        }

        var rate = count / clock.Elapsed.TotalSeconds;
        await using (var drop = new NpgsqlCommand("DROP TABLE bench_raw_inserts;", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        return rate;
    }
}
