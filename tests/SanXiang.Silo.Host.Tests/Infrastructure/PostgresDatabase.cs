using Npgsql;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>
/// A fresh database per test on the server named by <c>SANXIANG_TEST_POSTGRES</c>, dropped
/// afterwards, so that runs (and tests) never see each other's rows.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "SANXIANG_TEST_POSTGRES";

    private readonly string serverConnectionString;

    private PostgresDatabase(string serverConnectionString, string name, string connectionString)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string; a missing variable fails the test rather than skipping it.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a throw-away PostgreSQL (eng/postgres.sh) and sets it.");

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = ServerConnectionString;
        var name = $"sx_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresDatabase(server, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // FORCE cannot end a session of another role, such as an autovacuum worker that
                // happens to be in this database. Wait for it; if it stays, the database is left in
                // the throw-away cluster, which ./test.sh deletes — clean-up must not fail a test.
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
