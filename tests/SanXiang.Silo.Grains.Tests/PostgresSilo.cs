using Npgsql;
using Orleans.TestingHost;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests;

/// <summary>
/// A test silo of its own whose event log and read models are in a fresh database on the PostgreSQL
/// server named by <c>SANXIANG_TEST_POSTGRES</c>, dropped afterwards. Null without a server, so the
/// class's <see cref="PostgresFactAttribute"/> tests report themselves skipped.
/// </summary>
internal sealed class PostgresSilo : IAsyncDisposable
{
    private readonly string database;

    private PostgresSilo(string database, TestCluster cluster)
    {
        this.database = database;
        Cluster = cluster;
    }

    public TestCluster Cluster { get; }

    public string ConnectionString => ConnectionStringFor(database);

    private static string Server => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? "";

    public static async Task<PostgresSilo?> StartAsync(string prefix)
    {
        if (Server.Length == 0)
        {
            return null;
        }

        var database = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(Server, $"CREATE DATABASE {database}");
        await CasesSiloSetup.CreateSchemaAsync(StorageTarget.Postgres(ConnectionStringFor(database)));
        var builder = new TestClusterBuilder(1);
        builder.Properties[CasesSiloSetup.PostgresProperty] = ConnectionStringFor(database);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new PostgresSilo(database, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // FORCE may not end an autovacuum worker on the database (it has no role this user is a
            // member of); a plain drop asks autovacuum to stop and waits, and no session of ours is left.
            await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {database}");
        }
    }

    private static string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
