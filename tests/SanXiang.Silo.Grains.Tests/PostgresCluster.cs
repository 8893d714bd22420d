using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.Storage;
using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Grains.Tests;

/// <summary>
/// A test silo of its own whose event log and read models are a fresh PostgreSQL database on the server named by
/// <c>SANXIANG_TEST_POSTGRES</c>; nothing is started without one (the tests say they are skipped).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private readonly string database = $"sx_cases_{Guid.NewGuid():N}";
    private TestCluster? cluster;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => Cluster.GetSiloServiceProvider();

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    private static string Server => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? "";

    private TestCluster Cluster => cluster ?? throw new InvalidOperationException("No PostgreSQL server was named.");

    public T Service<T>()
        where T : notnull => SiloServices.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        if (Server.Length == 0)
        {
            return;
        }

        await ExecuteAsync(Server, $"CREATE DATABASE {database}");
        await CasesSiloSetup.CreateSchemaAsync(StorageTarget.Postgres(ConnectionString));
        var builder = new TestClusterBuilder(1);
        builder.Properties[CasesSiloSetup.PostgresProperty] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
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
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
