using Npgsql;
using Orleans.TestingHost;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests.Agencies;

/// <summary>The same read model on PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresAgencyDirectoryShould : AgencyDirectoryContract, IAsyncLifetime
{
    private readonly string database = $"sx_directory_{Guid.NewGuid():N}";
    private TestCluster? cluster;

    private protected override IGrainFactory Grains => cluster?.GrainFactory ?? throw new InvalidOperationException("Not started.");

    private protected override EventLogDatabase Database => EventLogSiloBuilderExtensions.ToEventLogDatabase(StorageTarget.Postgres(ConnectionString));

    private static string Server => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? "";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    [PostgresFact]
    public Task ShowASupervisorItsSubtreeOnlyAtAnyDepth() => ShowASupervisorItsSubtreeOnlyAtAnyDepthAsync();

    [PostgresFact]
    public Task FollowAnAgencyMovedUnderAnotherParent() => FollowAnAgencyMovedUnderAnotherParentAsync();

    [PostgresFact]
    public Task RefuseAMoveUnderAnAgencyBelowIt() => RefuseAMoveUnderAnAgencyBelowItAsync();

    [PostgresFact]
    public Task ReturnEachAgencyOnceInOrderAcrossPages() => ReturnEachAgencyOnceInOrderAcrossPagesAsync();

    [PostgresFact]
    public Task FilterByLevelSectorRegionAndName() => FilterByLevelSectorRegionAndNameAsync();

    [PostgresFact]
    public Task ListTheRootsOfWhatEachCallerSees() => ListTheRootsOfWhatEachCallerSeesAsync();

    [PostgresFact]
    public Task ReportTheAgenciesChangedSinceAVersion() => ReportTheAgenciesChangedSinceAVersionAsync();

    [PostgresFact]
    public Task RebuildRowsEqualToTheLiveOnes() => RebuildRowsEqualToTheLiveOnesAsync();

    [PostgresFact]
    public Task GiveConcurrentIssuersEachNumberOnce() => GiveConcurrentIssuersEachNumberOnceAsync();

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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
