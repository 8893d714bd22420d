using Orleans.TestingHost;
using SanXiang.Silo.Grains;
using SanXiang.Silo.Host;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;
using SanXiang.Tests.Shared;

namespace SanXiang.Tenancy.Tests;

/// <summary>A silo with the real directory grains, their read model on a SQLite file of its own (the silo's schema).</summary>
public sealed class DirectoryCluster : IAsyncLifetime
{
    private const string DataDirProperty = "SanXiangTests:DataDir";

    private readonly string dataDir = Directory.CreateTempSubdirectory("sanxiang-tenancy-").FullName;
    private TestCluster? cluster;

    public IGrainFactory Grains => cluster?.GrainFactory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await new SchemaMigrator(StorageTarget.Sqlite(dataDir)).ApplyAsync(SchemaCatalog.For(StorageProvider.Sqlite));
        var builder = new TestClusterBuilder(1);
        builder.Properties[DataDirProperty] = dataDir;
        builder.AddSiloBuilderConfigurator<Configurator>();
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
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddMemoryGrainStorage(Names.Storage)
            .AddSanXiangGrains()
            .AddSanXiangEventLog(StorageTarget.Sqlite(siloBuilder.Configuration[DataDirProperty]!));
    }
}
