using Npgsql;
using Orleans.TestingHost;
using SanXiang.Silo.Host.Storage;
using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The same tampering on a case whose event log is in PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresCaseTamperShould : CaseTamperContract, IAsyncLifetime
{
    private readonly string database = $"sx_cases_{Guid.NewGuid():N}";
    private TestCluster? cluster;

    private protected override IGrainFactory Grains => cluster?.GrainFactory ?? throw new InvalidOperationException("Not started.");

    private static string Server => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? "";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    [PostgresFact]
    public Task FindAnEventWhosePayloadWasAlteredInTheDatabase() => FindAnAlteredPayloadAsync();

    [PostgresFact]
    public Task FindAnAttachedFileHashSwappedInTheDatabase() => FindASwappedFileHashAsync();

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
            await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private protected override Task TamperAsync(string sql) => AppendOnlyBypass.RunAsync(ConnectionString, postgres: true, sql);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
